using System.Text;

namespace TpmHub.Core.Meetings;

/// <summary><see cref="MeetingNotesExtractor"/>: text helpers — titles, masking quoted text, small predicates over a sentence.</summary>
public sealed partial class MeetingNotesExtractor
{
    private static string Title(string raw, int start, int end)
    {
        var s = raw[start..end].Trim();
        s = s.Replace("**", "", StringComparison.Ordinal).Replace("__", "", StringComparison.Ordinal).Trim();
        while (s.Length > 0 && (s[0] is '-' or ':' or ',' or ';' or '–' or '—' or ' ' or '*'))
        {
            s = s[1..];
        }

        foreach (var lead in new[] { "and then ", "and ", "then ", "also ", "& " })
        {
            if (s.StartsWith(lead, StringComparison.OrdinalIgnoreCase))
            {
                s = s[lead.Length..];
                break;
            }
        }

        s = s.TrimEnd().TrimEnd('.', ',', ';', ':', ' ', '-');
        if (s.EndsWith(" and", StringComparison.OrdinalIgnoreCase))
        {
            s = s[..^4].TrimEnd(',', ' ');
        }

        if (s.Length == 0)
        {
            s = raw.Trim();
        }

        return char.ToUpperInvariant(s[0]) + s[1..];
    }

    private static string Mask(string raw)
    {
        StringBuilder? sb = null;
        var quote = '\0';
        var openAt = -1;
        for (var i = 0; i < raw.Length; i++)
        {
            var ch = raw[i];
            var opens = quote == '\0' && (ch == '"' || ch == '“' || ch == '`' || (ch == '~' && i + 1 < raw.Length && raw[i + 1] == '~'));
            if (opens)
            {
                quote = ch == '“' ? '”' : ch;
                openAt = i;
                continue;
            }

            if (quote != '\0' && (ch == quote || (quote == '"' && ch == '”')))
            {
                sb ??= new StringBuilder(raw);
                for (var k = openAt; k <= i; k++)
                {
                    sb[k] = ' ';
                }

                if (quote == '~' && i + 1 < raw.Length && raw[i + 1] == '~')
                {
                    sb[i + 1] = ' ';
                    i++;
                }

                quote = '\0';
            }
        }

        return sb?.ToString() ?? raw;
    }

    private static bool IsNothing(string text)
    {
        var t = text.Trim().TrimEnd('.', '!').Trim().ToLowerInvariant();
        if (t.StartsWith("nothing new", StringComparison.Ordinal) || t.StartsWith("no update", StringComparison.Ordinal) ||
            t.StartsWith("nothing to report", StringComparison.Ordinal))
        {
            return true;
        }

        return t is "none" or "n/a" or "na" or "nothing" or "tbd" or "-" or "--" or "–" or "—" or "nil" or "no" or "" or "none this week" or
            "none today" or "nothing new" or "none raised" or "no actions" or "no decisions" or "no risks" or "no new risks" or
            "no blockers" or "no new actions" or "no new decisions" or "none identified" or "nothing to report" or "(none)";
    }

    private static bool NotRiskLine(string masked) =>
        masked.Trim().TrimEnd('.').ToLowerInvariant() is "none" or "no blockers" or "no risks" or "no new risks" or "nothing";

    private static bool StartsWithGo(string body)
    {
        var t = body.TrimStart().ToLowerInvariant();
        return t.StartsWith("go", StringComparison.Ordinal) || t.StartsWith("no-go", StringComparison.Ordinal) || t.StartsWith("no go", StringComparison.Ordinal);
    }

    private static bool StartsWithPastVerb(string masked, NotesOwners owners)
    {
        var words = masked.Split([' ', '\t', ',', ':'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2)
        {
            return false;
        }

        var verbAt = owners.IsAttendeeWord(words[0]) || (words[0].Length > 1 && char.IsUpper(words[0][0]) && words.Length > 2 && owners.IsFullName(words[0], words[1]))
            ? (owners.IsFullName(words[0], words[1]) ? 2 : 1)
            : -1;
        if (verbAt < 0 || verbAt >= words.Length)
        {
            return false;
        }

        var v = words[verbAt].ToLowerInvariant();
        return (v.EndsWith("ed", StringComparison.Ordinal) && v != "need") ||
            v is "sent" or "did" or "wrote" or "made" or "took" or "gave" or "got" or "ran" or "shared" or "built" or "met" or
                "told" or "put" or "brought" or "spoke" or "held" or "led" or "set" or "found";
    }

    private static int FirstLineEnd(string notes)
    {
        // The note's first line is its title: the model never reads it.
        var i = 0;
        while (i < notes.Length && char.IsWhiteSpace(notes[i]))
        {
            i++;
        }

        var nl = notes.IndexOf('\n', i);
        return nl < 0 ? notes.Length : nl;
    }

    private static bool IsRequest(string masked, NotesOwners owners) =>
        RequestPhrase().IsMatch(masked) &&
        NotesRules.Subjects(masked, owners).Exists(s => s.Kind is NotesSubjectKind.Person or NotesSubjectKind.OtherName);

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:can|could|would)\s+(?:you|u)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex RequestPhrase();

    private static bool IsAcknowledgement(string raw)
    {
        var words = raw.ToLowerInvariant().Split([' ', ',', '.', '!', '-', '–'], StringSplitOptions.RemoveEmptyEntries);
        return words.Length is > 0 and <= 4 && words.Contains("will") is var w &&
            words.All(x => x is "yep" or "yes" or "yeah" or "yup" or "sure" or "ok" or "okay" or "fine" or "will" or "do" or "on" or
                "it" or "can" or "np" or "ack" or "noted" or "👍" or "sounds" or "good" or "thanks" or "cool" or "absolutely") &&
            (w || words.Contains("on") || words.Contains("do"));
    }

    private static bool IsBareConfirmation(string raw)
    {
        var t = raw.Trim().TrimEnd('.', '!', ' ').ToLowerInvariant();
        return t is "agreed" or "decided" or "approved" or "agreed by all" or "all agreed" or "confirmed" or "agreed by everyone" or "decision made";
    }

    private static bool HasBackReference(string masked)
    {
        foreach (var w in masked.ToLowerInvariant().Split([' ', ',', '.', '!'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (w is "that" or "that's" or "this" or "it" or "so")
            {
                return true;
            }
        }

        return false;
    }

    private static int WordCount(ReadOnlySpan<char> s)
    {
        var count = 0;
        var inWord = false;
        foreach (var ch in s)
        {
            var letter = char.IsLetterOrDigit(ch);
            if (letter && !inWord)
            {
                count++;
            }

            inWord = letter;
        }

        return count;
    }
}
