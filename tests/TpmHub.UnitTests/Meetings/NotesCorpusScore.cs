using System.Globalization;
using System.Text;
using TpmHub.Core.Meetings;

namespace TpmHub.UnitTests.Meetings;

/// <summary>
/// Precision, recall and F1 per kind, owner and due-date accuracy over a set of corpus notes. An extraction matches an
/// expectation of the same kind when its source (or title) contains the expected text, case-insensitive; each
/// extraction matches at most one expectation, titles that contain the text are preferred.
/// </summary>
public sealed class NotesCorpusScore
{
    private readonly int[] _tp = new int[3];
    private readonly int[] _fp = new int[3];
    private readonly int[] _fn = new int[3];
    private readonly int[] _expected = new int[3];

    public int OwnerChecked { get; private set; }

    public int OwnerRight { get; private set; }

    public int DueChecked { get; private set; }

    public int DueRight { get; private set; }

    public int Notes { get; private set; }

    public StringBuilder Misses { get; } = new();

    public double Precision(SuggestionKind k) => Ratio(_tp[(int)k], _tp[(int)k] + _fp[(int)k]);

    public double Recall(SuggestionKind k) => Ratio(_tp[(int)k], _tp[(int)k] + _fn[(int)k]);

    public double F1(SuggestionKind k)
    {
        var p = Precision(k);
        var r = Recall(k);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public double OwnerAccuracy => Ratio(OwnerRight, OwnerChecked);

    public double DueAccuracy => Ratio(DueRight, DueChecked);

    public int Expected(SuggestionKind k) => _expected[(int)k];

    public void Add(NotesCorpus note, IReadOnlyList<NotesSuggestion> got)
    {
        Notes++;
        var used = new bool[got.Count];
        foreach (var e in note.Expected)
        {
            _expected[(int)e.Kind]++;
            var best = -1;
            for (var i = 0; i < got.Count; i++)
            {
                if (used[i] || got[i].Kind != e.Kind)
                {
                    continue;
                }

                var inText = got[i].Text.Contains(e.Contains, StringComparison.OrdinalIgnoreCase);
                var inSource = got[i].Source.Contains(e.Contains, StringComparison.OrdinalIgnoreCase);
                if (inText)
                {
                    best = i;
                    break;
                }

                if (inSource && best < 0)
                {
                    best = i;
                }
            }

            if (best < 0)
            {
                _fn[(int)e.Kind]++;
                Misses.AppendLine(CultureInfo.InvariantCulture, $"  MISS {note.Name}: {e.Kind} '{e.Contains}'");
                continue;
            }

            used[best] = true;
            _tp[(int)e.Kind]++;
            var g = got[best];
            if (e.Kind != SuggestionKind.Action)
            {
                continue;
            }

            if (e.CheckOwner)
            {
                OwnerChecked++;
                var expectedIndex = e.Owner is null ? (int?)null : IndexOf(note, e.Owner);
                if (g.OwnerIndex == expectedIndex)
                {
                    OwnerRight++;
                }
                else
                {
                    var gotName = g.OwnerIndex is { } oi ? note.Context.Attendees[oi].Name : "null";
                    Misses.AppendLine(CultureInfo.InvariantCulture, $"  OWNER {note.Name}: '{e.Contains}' expected {e.Owner ?? "null"}, got {gotName}");
                }
            }

            if (e.CheckDue)
            {
                DueChecked++;
                if (g.Due == e.Due)
                {
                    DueRight++;
                }
                else
                {
                    Misses.AppendLine(CultureInfo.InvariantCulture, $"  DUE {note.Name}: '{e.Contains}' expected {e.Due?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "null"}, got {g.Due?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "null"}");
                }
            }
        }

        for (var i = 0; i < got.Count; i++)
        {
            if (!used[i])
            {
                _fp[(int)got[i].Kind]++;
                Misses.AppendLine(CultureInfo.InvariantCulture, $"  EXTRA {note.Name}: {got[i].Kind} '{got[i].Source}'");
            }
        }
    }

    public string Table(string title)
    {
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"{title} ({Notes} notes)");
        sb.AppendLine("| Kind | Expected | Precision | Recall | F1 |");
        sb.AppendLine("|---|---:|---:|---:|---:|");
        foreach (var k in new[] { SuggestionKind.Action, SuggestionKind.Decision, SuggestionKind.Risk })
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"| {k} | {Expected(k)} | {Precision(k):0.00} | {Recall(k):0.00} | {F1(k):0.00} |");
        }

        sb.AppendLine(CultureInfo.InvariantCulture, $"| Owner right | {OwnerRight}/{OwnerChecked} | | | {OwnerAccuracy:0.00} |");
        sb.AppendLine(CultureInfo.InvariantCulture, $"| Due right | {DueRight}/{DueChecked} | | | {DueAccuracy:0.00} |");
        return sb.ToString();
    }

    private static int IndexOf(NotesCorpus note, string name)
    {
        for (var i = 0; i < note.Context.Attendees.Count; i++)
        {
            if (note.Context.Attendees[i].Name == name)
            {
                return i;
            }
        }

        throw new InvalidDataException($"{note.Name}: expected owner {name} is no attendee");
    }

    private static double Ratio(int a, int b) => b == 0 ? 1 : (double)a / b;
}
