using System.Text.RegularExpressions;

namespace TpmHub.Core.Meetings;

/// <summary>NotesSegmenter: lines into sentences, with abbreviations and dates that do not end one.</summary>
internal static partial class NotesSegmenter
{
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
