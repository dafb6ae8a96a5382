using System.Text.RegularExpressions;

namespace TpmHub.Core.Meetings;

/// <summary>NotesSegmenter: what a line is — section headings, speakers, rules, bold headings.</summary>
internal static partial class NotesSegmenter
{
    /// <summary>Maps a heading's words to a section; unknown headings give <paramref name="fallback"/>.</summary>
    public static NotesSection SectionOf(string heading, NotesSection fallback)
    {
        var h = heading.ToLowerInvariant();
        var actions = h.Contains("action", StringComparison.Ordinal) || h.Contains("next step", StringComparison.Ordinal) ||
            h.Contains("to do", StringComparison.Ordinal) || h.Contains("todo", StringComparison.Ordinal) ||
            h.Contains("to-do", StringComparison.Ordinal) || h.Contains("follow", StringComparison.Ordinal) ||
            h.Contains("task", StringComparison.Ordinal) || h.Contains("owners", StringComparison.Ordinal) ||
            h.Contains("ais", StringComparison.Ordinal) || h.Contains("takeaway", StringComparison.Ordinal) ||
            h.Contains("assignments", StringComparison.Ordinal) || h.Contains("who does what", StringComparison.Ordinal);
        var decisions = h.Contains("decision", StringComparison.Ordinal) || h.Contains("decided", StringComparison.Ordinal) ||
            h.Contains("agreed", StringComparison.Ordinal) || h.Contains("agreement", StringComparison.Ordinal) ||
            h.Contains("resolution", StringComparison.Ordinal) || h.Contains("outcome", StringComparison.Ordinal);
        var risks = h.Contains("risk", StringComparison.Ordinal) || h.Contains("concern", StringComparison.Ordinal) ||
            h.Contains("blocker", StringComparison.Ordinal) || h.Contains("issue", StringComparison.Ordinal) ||
            h.Contains("impediment", StringComparison.Ordinal) || h.Contains("watch", StringComparison.Ordinal) ||
            h.Contains("worries", StringComparison.Ordinal) || h.Contains("what could go wrong", StringComparison.Ordinal);
        var skip = h.Contains("attendee", StringComparison.Ordinal) || h.Contains("agenda", StringComparison.Ordinal) ||
            h.Contains("participants", StringComparison.Ordinal) || h.Contains("present", StringComparison.Ordinal) ||
            h.Contains("parking lot", StringComparison.Ordinal) || h.Contains("done", StringComparison.Ordinal) ||
            h.Contains("completed", StringComparison.Ordinal) || h.Contains("open question", StringComparison.Ordinal) ||
            h.Contains("what went well", StringComparison.Ordinal) || h.Contains("went well", StringComparison.Ordinal) ||
            h.Contains("kudos", StringComparison.Ordinal) || h.Contains("shout", StringComparison.Ordinal) ||
            h.Contains("previous action", StringComparison.Ordinal) || h.Contains("last week's action", StringComparison.Ordinal) ||
            h.Contains("review of action", StringComparison.Ordinal) || h.Contains("timeline", StringComparison.Ordinal) ||
            h.Contains("yesterday", StringComparison.Ordinal) || h.Contains("links", StringComparison.Ordinal);
        if (h.Contains("previous action", StringComparison.Ordinal) || h.Contains("last week's action", StringComparison.Ordinal) ||
            h.Contains("review of action", StringComparison.Ordinal) || h.Contains("open question", StringComparison.Ordinal))
        {
            return NotesSection.Skip;
        }

        var count = (actions ? 1 : 0) + (decisions ? 1 : 0) + (risks ? 1 : 0);
        if (count == 1)
        {
            return actions ? NotesSection.Actions : decisions ? NotesSection.Decisions : NotesSection.Risks;
        }

        if (count > 1)
        {
            return NotesSection.None;
        }

        return skip ? NotesSection.Skip : fallback;
    }

    private static bool IsSectionWord(ReadOnlySpan<char> content, out NotesSection section)
    {
        section = NotesSection.None;
        var t = content.Trim().TrimEnd(':').ToString().Trim('*', '_').Trim();
        if (t.Length == 0 || t.Length > 30 || t.IndexOfAny(['.', '!', '?']) >= 0)
        {
            return false;
        }

        var words = t.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 4)
        {
            return false;
        }

        var lower = t.ToLowerInvariant();
        string[] known =
        [
            "action items", "actions", "action points", "next steps", "to do", "todo", "to-do", "follow-ups", "follow ups",
            "decisions", "decisions made", "key decisions", "agreed", "risks", "risks and issues", "risks & issues", "concerns",
            "blockers", "issues", "risks/issues", "risks / concerns", "attendees", "agenda", "ais", "tasks", "open risks",
            "action item", "decision", "risk", "blockers/risks", "risks/blockers", "impediments",
        ];
        if (!known.Contains(lower))
        {
            return false;
        }

        section = SectionOf(lower, NotesSection.None);
        return true;
    }

    private static bool IsSubHeading(ReadOnlySpan<char> content, bool nextIsBullet, out NotesSection section)
    {
        // "Updates", "Next", "Concerns raised" on a line of their own over a list: a heading without the #.
        section = NotesSection.None;
        var t = content.Trim().ToString().Trim('*', '_').Trim();
        if (!nextIsBullet || t.Length == 0 || t.Length > 30 || t.IndexOfAny(['.', '!', '?', ',', ';', ':', '|']) >= 0 || !char.IsUpper(t[0]))
        {
            return false;
        }

        if (t.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 3)
        {
            return false;
        }

        section = t.Equals("next", StringComparison.OrdinalIgnoreCase) || t.Equals("next up", StringComparison.OrdinalIgnoreCase)
            ? NotesSection.Actions
            : SectionOf(t, NotesSection.None);
        return true;
    }

    private static bool NextLineIsBullet(string notes, List<(int Start, int End)> lines, int li)
    {
        for (var k = li + 1; k < lines.Count; k++)
        {
            var t = notes.AsSpan(lines[k].Start, lines[k].End - lines[k].Start).TrimStart();
            if (t.IsEmpty)
            {
                continue;
            }

            return t[0] is '-' or '*' or '+' or '•' || (t.Length > 1 && char.IsDigit(t[0]) && (t[1] is '.' or ')' || (t.Length > 2 && char.IsDigit(t[1]) && t[2] is '.' or ')')));
        }

        return false;
    }

    private static bool LooksLikeSpeaker(string name, NotesOwners owners, bool withTimestamp)
    {
        var n = name.Trim();
        if (n.Length == 0)
        {
            return false;
        }

        var words = n.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 4)
        {
            return false;
        }

        if (words.Length == 1 && owners.IsAttendeeWord(words[0]))
        {
            return true;
        }

        if (words.Length >= 2 && owners.IsFullName(words[0], words[^1]))
        {
            return true;
        }

        if (words.Length == 2 && owners.IsAttendeeWord(words[0]) && words[1].TrimEnd('.').Length == 1)
        {
            return true;
        }

        // With a timestamp beside it, any capitalised name is a speaker (a guest not on the invite).
        return withTimestamp && words.All(w => w.Length > 0 && char.IsUpper(w[0]));
    }

    private static bool IsRule(ReadOnlySpan<char> line)
    {
        var t = line.Trim();
        if (t.Length < 3)
        {
            return false;
        }

        foreach (var ch in t)
        {
            if (ch != '-' && ch != '=' && ch != '*' && ch != '_' && ch != ' ')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsBoldHeading(ReadOnlySpan<char> line, out string text)
    {
        text = "";
        var t = line.Trim();
        if (t.Length > 4 && ((t.StartsWith("**") && (t.EndsWith("**") || t.EndsWith("**:"))) ||
            (t.StartsWith("__") && (t.EndsWith("__") || t.EndsWith("__:")))))
        {
            var inner = t.TrimEnd(':').ToString().Trim('*', '_').Trim().TrimEnd(':');
            if (inner.Length > 0 && inner.Length <= 60 && !inner.Contains("**", StringComparison.Ordinal) && inner.IndexOfAny(['.', '!', '?']) < 0)
            {
                text = inner;
                return true;
            }
        }

        return false;
    }
}
