using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace TpmHub.Core.Meetings;

/// <summary>
/// The minutes of a meeting as Markdown: who and when, the agenda, key points, decisions, actions with owners and due
/// dates, and risks. Key points are an extractive summary: the notes' sentences are scored by how often their content
/// words occur across the notes (Luhn's frequency method, normalised by length so long sentences do not win by size),
/// sentences that already became a suggestion are left out, and the best few are listed in the order they were
/// written. Rejected suggestions are not in the minutes.
/// </summary>
public static partial class MeetingMinutes
{
    /// <summary>At most this many key points.</summary>
    public const int MaxKeyPoints = 7;

    public static string Write(MeetingMinutesFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var md = new StringBuilder();
        md.Append("# Minutes: ").AppendLine(Inline(facts.Title)).AppendLine();
        var when = facts.Date.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture);
        if (facts.Time is { } t)
        {
            when += $", {t:HH\\:mm}–{t.AddMinutes(facts.DurationMinutes):HH\\:mm}";
        }

        md.Append("**Project:** ").AppendLine(Inline(facts.ProjectName) + "  ");
        md.Append("**Meeting:** ").Append(TypeName(facts.Type)).Append(", ").AppendLine(when + "  ");
        md.Append("**Attendees:** ").AppendLine(facts.Attendees.Count == 0 ? "none recorded" : string.Join(", ", facts.Attendees.Select(Inline)));
        md.AppendLine();

        if (facts.Agenda.Count > 0)
        {
            md.AppendLine("## Agenda").AppendLine();
            var n = 1;
            foreach (var line in facts.Agenda)
            {
                md.Append(n++).Append(". ").AppendLine(Inline(line));
            }

            md.AppendLine();
        }

        var kept = facts.Items.Where(i => i.State != SuggestionState.Rejected).ToList();
        var points = KeyPoints(facts.Notes, facts.Items.Select(i => i.Text).ToList());
        md.AppendLine("## Key points").AppendLine();
        if (points.Count == 0)
        {
            md.AppendLine("No notes were taken.");
        }

        foreach (var point in points)
        {
            md.Append("- ").AppendLine(Inline(point));
        }

        md.AppendLine();
        Section(md, "Decisions", kept.Where(i => i.Kind == SuggestionKind.Decision), "No decisions were recorded.", i => Inline(i.Text) + Key(i));
        Section(md, "Actions", kept.Where(i => i.Kind == SuggestionKind.Action), "No actions were recorded.", i =>
            $"{Inline(i.Text)} — {(i.Owner is { } o ? Inline(o) : "owner to be agreed")}, {(i.Due is { } d ? "due " + d.ToString("ddd d MMM yyyy", CultureInfo.InvariantCulture) : "no due date")}{Key(i)}");
        Section(md, "Risks and concerns", kept.Where(i => i.Kind == SuggestionKind.Risk), "No risks were raised.", i => Inline(i.Text) + Key(i));
        return md.ToString().TrimEnd() + "\n";
    }

    /// <summary>The meeting type as people say it ("Steering committee").</summary>
    public static string TypeName(MeetingType type) => type switch
    {
        MeetingType.Standup => "Stand-up",
        MeetingType.Planning => "Planning",
        MeetingType.Retro => "Retrospective",
        MeetingType.SteeringCommittee => "Steering committee",
        MeetingType.DesignReview => "Design review",
        MeetingType.IncidentReview => "Incident review",
        _ => "Meeting",
    };

    /// <summary>
    /// The notes' most informative sentences, in the order written: headings, table rules, checkboxes, blockquotes, code
    /// and sentences that contain a suggestion's text are left out.
    /// </summary>
    public static IReadOnlyList<string> KeyPoints(string notes, IReadOnlyList<string> suggestionTexts)
    {
        ArgumentNullException.ThrowIfNull(notes);
        ArgumentNullException.ThrowIfNull(suggestionTexts);
        var sentences = Sentences(notes).Where(s => !suggestionTexts.Any(t => Overlaps(s, t))).ToList();
        if (sentences.Count == 0)
        {
            return [];
        }

        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        var words = sentences.Select(s => Words(s).ToList()).ToList();
        foreach (var word in words.SelectMany(w => w))
        {
            frequency[word] = frequency.GetValueOrDefault(word) + 1;
        }

        var wanted = Math.Clamp(sentences.Count / 4, Math.Min(3, sentences.Count), MaxKeyPoints);
        return sentences.Select((s, i) => (s, i, Score: words[i].Count == 0 ? 0 : words[i].Sum(w => frequency[w]) / Math.Sqrt(words[i].Count)))
            .Where(x => x.Score > 0)
            .OrderByDescending(x => x.Score).ThenBy(x => x.i).Take(wanted).OrderBy(x => x.i).Select(x => x.s).ToList();
    }

    private static void Section(StringBuilder md, string heading, IEnumerable<MeetingMinutesItem> items, string none, Func<MeetingMinutesItem, string> line)
    {
        md.Append("## ").AppendLine(heading).AppendLine();
        var any = false;
        foreach (var item in items)
        {
            md.Append("- ").AppendLine(line(item));
            any = true;
        }

        if (!any)
        {
            md.AppendLine(none);
        }

        md.AppendLine();
    }

    private static string Key(MeetingMinutesItem item) => item.CreatedKey is { } key ? $" ({key})" : "";

    private static IEnumerable<string> Sentences(string notes)
    {
        var inCode = false;
        foreach (var raw in notes.Split('\n'))
        {
            var line = raw.Trim();
            if (line.StartsWith("```", StringComparison.Ordinal) || line.StartsWith("~~~", StringComparison.Ordinal))
            {
                inCode = !inCode;
                continue;
            }

            if (inCode || line.Length == 0 || line.StartsWith('#') || line.StartsWith('>') || line.StartsWith('|') || line.Contains("[ ]", StringComparison.Ordinal)
                || line.StartsWith("- [x]", StringComparison.OrdinalIgnoreCase) || line.EndsWith(':'))
            {
                continue;
            }

            line = ListMarker().Replace(line, "");
            foreach (var sentence in SentenceEnd().Split(line))
            {
                var s = sentence.Trim();
                if (s.Length >= 12 && s.Count(char.IsLetter) >= 8)
                {
                    yield return s;
                }
            }
        }
    }

    private static IEnumerable<string> Words(string sentence) =>
        WordPattern().Matches(sentence).Select(m => m.Value.ToLowerInvariant()).Where(w => w.Length > 2 && !StopWords.Contains(w));

    private static bool Overlaps(string sentence, string text) =>
        text.Length > 0 && (sentence.Contains(text, StringComparison.OrdinalIgnoreCase) || text.Contains(sentence, StringComparison.OrdinalIgnoreCase));

    /// <summary>Markdown written inline stays on its line and cannot open a heading, list or HTML block.</summary>
    private static string Inline(string text) => text.ReplaceLineEndings(" ").Replace("<", "&lt;", StringComparison.Ordinal).Trim();

    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "the", "and", "for", "are", "but", "not", "you", "all", "any", "can", "had", "her", "was", "one", "our", "out", "has", "have", "his",
        "how", "its", "may", "new", "now", "see", "two", "who", "did", "get", "let", "say", "she", "too", "use", "that", "with", "this",
        "will", "from", "they", "been", "were", "what", "when", "which", "their", "there", "would", "could", "should", "about", "into",
        "than", "then", "them", "also", "just", "some", "more", "very", "over", "only", "your", "we're", "it's", "via", "per",
    };

    [GeneratedRegex(@"^(?:[-*+]|\d+[.)])\s+")]
    private static partial Regex ListMarker();

    [GeneratedRegex(@"(?<=[.!?])\s+(?=[A-Z0-9])")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"[\p{L}\p{Nd}][\p{L}\p{Nd}'-]*")]
    private static partial Regex WordPattern();
}
