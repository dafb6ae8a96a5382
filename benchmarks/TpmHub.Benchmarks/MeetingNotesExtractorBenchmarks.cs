using System.Text;
using BenchmarkDotNet.Attributes;
using TpmHub.Core.Meetings;

namespace TpmHub.Benchmarks;

/// <summary>
/// <see cref="MeetingNotesExtractor.Extract"/> on a ~5,000-word note assembled from the unit tests' corpus notes
/// (front matter stripped), target ≤ 200 ms. The note is built and the lazy sentence model trained in the global setup,
/// so only extraction is measured.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[MinColumn]
[MaxColumn]
public class MeetingNotesExtractorBenchmarks
{
    private string _notes = "";
    private NotesContext _context = null!;

    [GlobalSetup]
    public void Setup()
    {
        var dir = FindCorpus();
        var parts = Directory.GetFiles(dir, "*.md").OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => File.ReadAllText(f).Replace("\r\n", "\n", StringComparison.Ordinal))
            .Select(t => t[(t.IndexOf("\n---\n", 4, StringComparison.Ordinal) + 5)..])
            .ToList();
        var sb = new StringBuilder();
        var words = 0;
        for (var i = 0; words < 5_000; i = (i + 1) % parts.Count)
        {
            sb.Append(parts[i]).Append("\n\n");
            words += parts[i].Split([' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries).Length;
        }

        _notes = sb.ToString();
        _context = new NotesContext(new DateOnly(2026, 12, 1),
        [
            new NotesAttendee("Maria Lopez", "maria.lopez@contoso.com", "maria"), new NotesAttendee("Raj Patel", null, "raj"),
            new NotesAttendee("Priya Shah"), new NotesAttendee("Tom Becker"), new NotesAttendee("Ines Duarte"),
            new NotesAttendee("Jon Park"), new NotesAttendee("Aisha Khan"), new NotesAttendee("Lena Fischer"),
            new NotesAttendee("Sam Okafor"), new NotesAttendee("Sam Whitfield"), new NotesAttendee("Helen Morgan"),
            new NotesAttendee("Kofi Mensah"), new NotesAttendee("Daniel Reyes"),
        ]);
        MeetingNotesExtractor.Warm();
        var found = MeetingNotesExtractor.Instance.Extract(_notes, _context);
        Console.WriteLine($"// {words} words, {_notes.Length} chars, {found.Count} suggestions");
    }

    [Benchmark]
    public IReadOnlyList<NotesSuggestion> Extract() => MeetingNotesExtractor.Instance.Extract(_notes, _context);

    private static string FindCorpus()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "TpmHub.UnitTests", "Meetings", "Corpus");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }

            dir = dir.Parent;
        }

        throw new DirectoryNotFoundException("tests/TpmHub.UnitTests/Meetings/Corpus not found above " + AppContext.BaseDirectory);
    }
}
