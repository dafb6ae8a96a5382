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
}
