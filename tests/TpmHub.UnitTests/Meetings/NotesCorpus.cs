using System.Globalization;
using TpmHub.Core.Meetings;

namespace TpmHub.UnitTests.Meetings;

/// <summary>
/// The hand-labelled notes under Meetings/Corpus: one Markdown file per meeting with a front-matter block giving the
/// meeting date, the attendees ("Name &lt;email&gt; @handle | …"), whether it is held out (and, for the notes written
/// before the extractor's code was read at all, blind), and the expected items as
/// "kind | text the source contains | owner | due" (owner "-" = no owner expected; due "-" = no due date expected;
/// leave a field out to not check it).
/// </summary>
public sealed record NotesCorpus(string Name, bool HeldOut, bool Blind, NotesContext Context, string Notes, IReadOnlyList<NotesCorpusExpectation> Expected)
{
    public static IReadOnlyList<NotesCorpus> Load()
    {
        var dir = Path.Combine(AppContext.BaseDirectory, "Meetings", "Corpus");
        return Directory.GetFiles(dir, "*.md").OrderBy(f => f, StringComparer.Ordinal).Select(Parse).ToList();
    }

    public static NotesCorpus Parse(string path)
    {
        var text = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        if (!text.StartsWith("---\n", StringComparison.Ordinal))
        {
            throw new InvalidDataException($"{path}: no front matter");
        }

        var close = text.IndexOf("\n---\n", 4, StringComparison.Ordinal);
        var header = text[4..close].Split('\n');
        var notes = text[(close + 5)..];
        DateOnly date = default;
        var heldOut = false;
        var blind = false;
        var attendees = new List<NotesAttendee>();
        var expected = new List<NotesCorpusExpectation>();
        foreach (var line in header)
        {
            if (line.StartsWith("date:", StringComparison.Ordinal))
            {
                date = DateOnly.ParseExact(line[5..].Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture);
            }
            else if (line.StartsWith("heldout:", StringComparison.Ordinal))
            {
                heldOut = line[8..].Trim() == "true";
            }
            else if (line.StartsWith("blind:", StringComparison.Ordinal))
            {
                blind = line[6..].Trim() == "true";
            }
            else if (line.StartsWith("attendees:", StringComparison.Ordinal))
            {
                foreach (var a in line[10..].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    string? email = null;
                    string? handle = null;
                    var name = a;
                    var lt = a.IndexOf('<', StringComparison.Ordinal);
                    if (lt >= 0)
                    {
                        email = a[(lt + 1)..a.IndexOf('>', StringComparison.Ordinal)];
                    }

                    var at = a.IndexOf(" @", StringComparison.Ordinal);
                    if (at >= 0)
                    {
                        handle = a[(at + 2)..].Trim();
                    }

                    var cut = new[] { lt, at }.Where(i => i >= 0).DefaultIfEmpty(a.Length).Min();
                    name = a[..cut].Trim();
                    attendees.Add(new NotesAttendee(name, email, handle));
                }
            }
            else if (line.StartsWith("- ", StringComparison.Ordinal))
            {
                var parts = line[2..].Split('|').Select(p => p.Trim()).ToArray();
                var kind = Enum.Parse<SuggestionKind>(parts[0], ignoreCase: true);
                expected.Add(new NotesCorpusExpectation(
                    kind,
                    parts[1],
                    parts.Length > 2 && parts[2].Length > 0,
                    parts.Length > 2 && parts[2].Length > 0 && parts[2] != "-" ? parts[2] : null,
                    parts.Length > 3 && parts[3].Length > 0,
                    parts.Length > 3 && parts[3].Length > 0 && parts[3] != "-" ? DateOnly.ParseExact(parts[3], "yyyy-MM-dd", CultureInfo.InvariantCulture) : null));
            }
        }

        return new NotesCorpus(Path.GetFileNameWithoutExtension(path), heldOut, blind, new NotesContext(date, attendees), notes, expected);
    }
}
