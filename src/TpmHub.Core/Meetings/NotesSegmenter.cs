using System.Text.RegularExpressions;

namespace TpmHub.Core.Meetings;

/// <summary>
/// Cuts Markdown notes into the sentences and table rows to classify. Headings and "Label:" lines set the section;
/// fenced code, blockquotes, horizontal rules and attendee/agenda lists are skipped; bullets, numbers and checkboxes are
/// stripped from the span; transcript speakers ("Maria: …", "Maria Lopez  0:42" on a line of its own) are carried.
/// A line is always a sentence boundary; within a line, . ! ? split unless they end an abbreviation ("e.g.", "vs.",
/// "approx."), an initial ("Maria L.") or a dotted date ("3.12.").
/// </summary>
internal static partial class NotesSegmenter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "e.g", "i.e", "eg", "ie", "vs", "v", "approx", "etc", "incl", "mr", "mrs", "ms", "dr", "st", "no", "fig", "est",
        "cf", "re", "ca", "al", "inc", "ltd", "co", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
        "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "min", "max", "avg",
        "dept", "a.m", "p.m", "u.s", "approx", "resp", "wrt", "w.r.t", "n.b", "nb", "ref", "ver", "corp", "jr", "sr",
    };

    private static readonly HashSet<string> SkipLabels = new(StringComparer.OrdinalIgnoreCase)
    {
        "attendees", "attendee", "attendance", "present", "participants", "invitees", "invited", "apologies", "absent",
        "agenda", "date", "time", "location", "where", "when", "meeting", "notes by", "note taker", "notetaker", "scribe",
        "facilitator", "chair", "cc", "title", "subject", "recording", "duration", "dial-in", "link", "links", "room",
        "regrets", "guests", "people", "sent", "organizer", "organiser", "host", "parking lot",
        "done", "completed", "closed", "previous actions", "last week's actions", "carried over (done)", "fyi",
        "questions", "open questions", "q&a", "references", "resources", "attachments", "y", "yesterday", "yday",
    };

    [GeneratedRegex(@"\G[ \t]*(?:(?<bullet>[-*+•·▪‣◦–]|\d{1,3}[.)]|[a-zA-Z][.)](?=[ \t]))[ \t]+)?(?:(?<box>\[(?<state>[ xX\-/✓✔]?)\])[ \t]*|(?<openbox>☐)[ \t]*|(?<donebox>[☑☒✅✔✓])[ \t]*)?",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex LinePrefix();

    [GeneratedRegex(@"\G(?:\[?\(?\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?\)?\]?[ \t]*(?:-->[ \t]*\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?[ \t]*)?)",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Timestamp();

    [GeneratedRegex(@"^(?<name>@?[\p{L}][\p{L}'.\-]*(?:[ \t]+[\p{L}][\p{L}'.\-]*){0,3})[ \t]*(?:\(?\[?\d{1,2}:\d{2}(?::\d{2})?[ \t]*(?:[AaPp][Mm])?\]?\)?)[ \t]*:?[ \t]*$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex SpeakerWithTime();

    [GeneratedRegex(@"^[*_]{0,2}(?<label>[\p{L}@][\p{L}\p{N}'’&/.\- ]{0,40}?)(?:[ \t]*\([^()]{0,30}\))?[ \t]*[*_]{0,2}[:：][*_]{0,2}[ \t]*(?=\S|$)",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Label();

    [GeneratedRegex(@"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex TableSeparator();

    [GeneratedRegex(@"^<v\s+(?<name>[^>]{1,60})>", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex VttVoice();

    /// <summary>The units of <paramref name="notes"/>, in order.</summary>
    public static List<NotesUnit> Split(string notes, NotesOwners owners)
    {
        var units = new List<NotesUnit>();
        var section = NotesSection.None;
        var sectionFromLabel = false;
        var sectionHasContent = false;
        var inFence = false;
        string? blockSpeaker = null;
        string? parentOwner = null;
        var parentIndent = -1;
        string? chatSpeaker = null;
        var afterQuestion = false;
        TableLayout? table = null;

        var lines = Lines(notes);
        for (var li = 0; li < lines.Count; li++)
        {
            var (s, e) = lines[li];
            var i = s;
            while (i < e && (notes[i] == ' ' || notes[i] == '\t'))
            {
                i++;
            }

            if (i == e)
            {
                table = null;
                chatSpeaker = null;
                if (sectionFromLabel && sectionHasContent)
                {
                    section = NotesSection.None;
                    sectionFromLabel = false;
                }

                continue;
            }

            var line = notes.AsSpan(i, e - i);
            if (line.StartsWith("```") || line.StartsWith("~~~"))
            {
                inFence = !inFence;
                continue;
            }

            if (inFence || line[0] == '>')
            {
                continue;
            }

            // "- **Arjun**" over indented bullets: the children are Arjun's until the indent comes back.
            if (parentOwner is not null && i - s <= parentIndent)
            {
                parentOwner = null;
            }

            if (line.Contains('|'))
            {
                if (table is null && li + 1 < lines.Count && TableSeparator().IsMatch(notes.AsSpan(lines[li + 1].Start, lines[li + 1].End - lines[li + 1].Start)))
                {
                    table = TableLayout.FromHeader(notes, i, e, section);
                    li++;
                    continue;
                }

                if (table is not null)
                {
                    var row = table.Row(notes, i, e, section);
                    if (row is not null && section != NotesSection.Skip)
                    {
                        units.Add(row);
                    }

                    continue;
                }
            }
            else
            {
                table = null;
            }

            if (line[0] == '#')
            {
                var text = line.TrimStart('#').Trim().ToString().Trim('*', '_', ':', ' ');
                section = SectionOf(text, NotesSection.None);
                sectionFromLabel = false;
                sectionHasContent = false;
                blockSpeaker = LooksLikeSpeaker(text, owners, false) ? text : null;
                continue;
            }

            if (IsRule(line))
            {
                continue;
            }

            if (IsBoldHeading(line, out var boldText))
            {
                // "**Aisha**" over her Y/T/B bullets: what follows is hers.
                blockSpeaker = LooksLikeSpeaker(boldText, owners, false) ? boldText : null;
                section = SectionOf(boldText, NotesSection.None);
                sectionFromLabel = false;
                sectionHasContent = false;
                continue;
            }

            var prefix = LinePrefix().Match(notes, i, e - i);
            var c = i + prefix.Length;
            var bulleted = prefix.Groups["bullet"].Success;
            var check = NotesCheck.None;
            if (prefix.Groups["box"].Success)
            {
                check = prefix.Groups["state"].Value is "" or " " ? NotesCheck.Open : NotesCheck.Done;
            }
            else if (prefix.Groups["openbox"].Success)
            {
                check = NotesCheck.Open;
            }
            else if (prefix.Groups["donebox"].Success)
            {
                check = NotesCheck.Done;
            }

            var ts = Timestamp().Match(notes, c, e - c);
            if (ts.Length > 0)
            {
                c += ts.Length;
            }

            if (c >= e)
            {
                continue;
            }

            var content = notes.AsSpan(c, e - c);
            var bareName = content.Trim().Trim("*_: ").ToString();
            if (bulleted && check == NotesCheck.None && bareName.Length > 0 && LooksLikeSpeaker(bareName, owners, false))
            {
                parentOwner = bareName;
                parentIndent = i - s;
                continue;
            }

            var vtt = VttVoice().Match(content.ToString());
            if (vtt.Success)
            {
                blockSpeaker = vtt.Groups["name"].Value.Trim();
                c += vtt.Length;
                content = notes.AsSpan(c, e - c);
            }

            var speakerLine = SpeakerWithTime().Match(content.ToString());
            if (speakerLine.Success && !bulleted && LooksLikeSpeaker(speakerLine.Groups["name"].Value, owners, true))
            {
                blockSpeaker = speakerLine.Groups["name"].Value;
                continue;
            }

            string? lineSpeaker = null;
            var ownerLabel = false;
            var label = Label().Match(content.ToString());
            var question = afterQuestion;
            afterQuestion = false;
            if (label.Success)
            {
                var name = label.Groups["label"].Value.Trim();
                var rest = c + label.Length;
                var restEmpty = rest >= e || notes.AsSpan(rest, e - rest).Trim().Trim("*_").IsEmpty;
                if (name is "Q" or "q")
                {
                    afterQuestion = true;
                }
                else if (name is "A" or "a" && question && !restEmpty)
                {
                    // "Q: …? / A: …": the A is the answer, not an action marker.
                    c = rest;
                }

                if (SkipLabels.Contains(name.Trim('*', '_', ' ')))
                {
                    if (restEmpty)
                    {
                        section = NotesSection.Skip;
                        sectionFromLabel = true;
                        sectionHasContent = false;
                    }

                    continue;
                }

                if (LooksLikeSpeaker(name, owners, false))
                {
                    if (restEmpty)
                    {
                        blockSpeaker = name;
                        continue;
                    }

                    lineSpeaker = name;
                    ownerLabel = bulleted || check != NotesCheck.None;
                    c = rest;
                    if (!bulleted)
                    {
                        // "jon: quick one today" then "- i'll bump the sdk eod": a chat message goes on in its bullets.
                        chatSpeaker = name;
                    }
                }
                else if (restEmpty && !bulleted && check == NotesCheck.None && name.Split(' ').Length <= 6)
                {
                    section = SectionOf(name.Trim('*', '_', ' '), NotesSection.None);
                    sectionFromLabel = true;
                    sectionHasContent = false;
                    continue;
                }
            }
            else if (!bulleted && check == NotesCheck.None && (IsSectionWord(content, out var bare) || IsSubHeading(content, NextLineIsBullet(notes, lines, li), out bare)))
            {
                section = bare;
                sectionFromLabel = true;
                sectionHasContent = false;
                continue;
            }

            if (section == NotesSection.Skip)
            {
                sectionHasContent = true;
                continue;
            }

            sectionHasContent = true;
            if (!bulleted && lineSpeaker is null)
            {
                chatSpeaker = null;
            }

            var carried = bulleted ? parentOwner ?? chatSpeaker : null;
            ownerLabel |= lineSpeaker is null && bulleted && parentOwner is not null;
            AddSentences(notes, c, e, section, check, lineSpeaker ?? carried ?? blockSpeaker, ownerLabel, units);
        }

        return units;
    }

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

    private static List<(int Start, int End)> Lines(string notes)
    {
        var lines = new List<(int, int)>();
        var pos = 0;
        while (true)
        {
            var nl = notes.IndexOf('\n', pos);
            var end = nl < 0 ? notes.Length : nl;
            var lineEnd = end > pos && notes[end - 1] == '\r' ? end - 1 : end;
            lines.Add((pos, lineEnd));
            if (nl < 0)
            {
                break;
            }

            pos = nl + 1;
        }

        return lines;
    }

    private static void AddSentences(string notes, int c, int e, NotesSection section, NotesCheck check, string? speaker, bool ownerLabel, List<NotesUnit> units)
    {
        var first = true;
        var start = c;
        var depth = 0;
        var inQuote = false;
        for (var k = c; k < e; k++)
        {
            var ch = notes[k];
            switch (ch)
            {
                case '(':
                    depth++;
                    continue;
                case ')':
                    depth = Math.Max(0, depth - 1);
                    continue;
                case '"':
                    inQuote = !inQuote;
                    continue;
                case '“':
                    inQuote = true;
                    continue;
                case '”':
                    inQuote = false;
                    continue;
            }

            if (depth > 0 || inQuote || (ch != '.' && ch != '!' && ch != '?' && ch != '…'))
            {
                continue;
            }

            var next = k + 1;
            while (next < e && (notes[next] == '.' || notes[next] == '!' || notes[next] == '?'))
            {
                next++;
            }

            if (next < e && !char.IsWhiteSpace(notes[next]))
            {
                continue;
            }

            if (ch == '.' && next == k + 1 && IsAbbreviation(notes, start, k))
            {
                continue;
            }

            Emit(notes, start, next, section, first, check, speaker, ownerLabel, c, units);
            first = false;
            start = next;
            k = next - 1;
        }

        Emit(notes, start, e, section, first, check, speaker, ownerLabel, c, units);
    }

    private static void Emit(string notes, int s, int e, NotesSection section, bool first, NotesCheck check, string? speaker, bool ownerLabel, int lineStart, List<NotesUnit> units)
    {
        while (s < e && char.IsWhiteSpace(notes[s]))
        {
            s++;
        }

        while (e > s && char.IsWhiteSpace(notes[e - 1]))
        {
            e--;
        }

        var span = notes.AsSpan(s, e - s);
        var letters = false;
        foreach (var ch in span)
        {
            if (char.IsLetterOrDigit(ch))
            {
                letters = true;
                break;
            }
        }

        if (letters)
        {
            units.Add(new NotesUnit(s, e - s, section, first, first ? check : NotesCheck.None, speaker, LineStart: lineStart, OwnerLabel: ownerLabel));
        }
    }

    private static bool IsAbbreviation(string notes, int sentenceStart, int dot)
    {
        var b = dot;
        while (b > sentenceStart && !char.IsWhiteSpace(notes[b - 1]) && notes[b - 1] != '(')
        {
            b--;
        }

        if (b == dot)
        {
            return false;
        }

        var token = notes.AsSpan(b, dot - b);
        if (token.Length == 1 && char.IsLetter(token[0]) && char.IsUpper(token[0]))
        {
            return true;
        }

        // "3.12." (a dotted date) or "1." inside a line
        var digitsAndDots = true;
        foreach (var ch in token)
        {
            if (!char.IsDigit(ch) && ch != '.')
            {
                digitsAndDots = false;
                break;
            }
        }

        if (digitsAndDots && token.Contains('.'))
        {
            return true;
        }

        return Abbreviations.Contains(token.ToString());
    }
}
