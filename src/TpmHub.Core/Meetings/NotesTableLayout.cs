namespace TpmHub.Core.Meetings;

/// <summary>
/// The columns of a Markdown table in the notes: which holds the item's text, its owner, its due date, its status and
/// its type, and the kind the header implies (an "Action | Owner | Due" table holds actions).
/// </summary>
internal sealed class TableLayout
{
    private int _text = -1;
    private int _owner = -1;
    private int _due = -1;
    private int _status = -1;
    private int _type = -1;
    private int _rag = -1;
    private int _comment = -1;
    private SuggestionKind? _kind;

    public static TableLayout FromHeader(string notes, int start, int end, NotesSection section)
    {
        var layout = new TableLayout();
        var cells = Cells(notes, start, end);
        for (var i = 0; i < cells.Count; i++)
        {
            var h = notes.AsSpan(cells[i].Start, cells[i].Length).Trim('*').ToString().Trim().ToLowerInvariant();
            if (layout._owner < 0 && (h is "owner" or "owners" or "who" or "assignee" or "assigned to" or "responsible" or "dri" or "lead" or "by whom" or "raised by"))
            {
                layout._owner = h == "raised by" ? -1 : i;
            }
            else if (layout._due < 0 && (h.Contains("due", StringComparison.Ordinal) || h is "date" or "when" or "deadline" or "by" or "target" or "target date" or "eta"))
            {
                layout._due = i;
            }
            else if (layout._status < 0 && (h is "status" or "state" or "done" or "done?"))
            {
                layout._status = i;
            }
            else if (layout._rag < 0 && (h is "rag" or "rag status" or "health" or "rating" or "r/a/g"))
            {
                layout._rag = i;
            }
            else if (layout._comment < 0 && layout._text >= 0 && (h is "commentary" or "comment" or "comments" or "notes" or "note" or "update" or "remarks" or "narrative"))
            {
                layout._comment = i;
            }
            else if (layout._type < 0 && (h is "type" or "kind" or "category" or "raid" or "t"))
            {
                layout._type = i;
            }
            else if (layout._text < 0 && IsTextHeader(h, out var kind))
            {
                layout._text = i;
                layout._kind = kind;
            }
        }

        if (layout._text < 0)
        {
            layout._text = Enumerable.Range(0, cells.Count).FirstOrDefault(i => i != layout._owner && i != layout._due && i != layout._status && i != layout._type && i != layout._rag && notes.AsSpan(cells[i].Start, cells[i].Length).Trim().Length > 0 && !notes.AsSpan(cells[i].Start, cells[i].Length).Trim().SequenceEqual("#"));
            if (layout._comment < 0)
            {
                layout._comment = Enumerable.Range(0, cells.Count).FirstOrDefault(i => i > layout._text && i != layout._rag && notes.AsSpan(cells[i].Start, cells[i].Length).Trim().ToString().ToLowerInvariant() is "commentary" or "comment" or "comments" or "notes" or "update" or "remarks", -1);
            }
        }

        if (layout._kind is null)
        {
            // "| # | Item | Owner | Due |": a generic text column, but an owner and a due column make it an action table.
            if (section != NotesSection.None && section != NotesSection.Skip)
            {
                layout._kind = section switch
                {
                    NotesSection.Actions => SuggestionKind.Action,
                    NotesSection.Decisions => SuggestionKind.Decision,
                    _ => SuggestionKind.Risk,
                };
            }
            else if (layout._owner >= 0 && layout._due >= 0)
            {
                layout._kind = SuggestionKind.Action;
            }
        }

        return layout;
    }

    public NotesUnit? Row(string notes, int start, int end, NotesSection section)
    {
        var cells = Cells(notes, start, end);
        if (_text >= cells.Count)
        {
            return null;
        }

        var (s, len) = Trim(notes, cells[_text].Start, cells[_text].Length);
        if (len == 0)
        {
            return null;
        }

        var kind = _kind;
        if (_type >= 0 && _type < cells.Count)
        {
            var t = Cell(notes, cells[_type]).ToLowerInvariant();
            kind = t switch
            {
                _ when t.StartsWith("act", StringComparison.Ordinal) || t is "a" or "ai" or "task" or "todo" => SuggestionKind.Action,
                _ when t.StartsWith("dec", StringComparison.Ordinal) || t is "d" => SuggestionKind.Decision,
                _ when t.StartsWith("risk", StringComparison.Ordinal) || t.StartsWith("issue", StringComparison.Ordinal) || t.StartsWith("concern", StringComparison.Ordinal) || t.StartsWith("block", StringComparison.Ordinal) || t is "r" or "i" => SuggestionKind.Risk,
                _ => null,
            };
            if (kind is null && t.Length > 0)
            {
                // A type the extractor does not suggest (assumption, dependency, info): not a suggestion.
                return null;
            }
        }

        if (_rag >= 0 && _rag < cells.Count)
        {
            // A RAG table: red and amber rows are what the meeting is worried about; green rows are status.
            var rag = Cell(notes, cells[_rag]).ToLowerInvariant();
            if (!(rag.Contains("red", StringComparison.Ordinal) || rag.Contains("amber", StringComparison.Ordinal) ||
                rag.Contains("yellow", StringComparison.Ordinal) || rag.Contains("🔴", StringComparison.Ordinal) || rag.Contains("🟠", StringComparison.Ordinal) || rag.Contains("🟡", StringComparison.Ordinal)))
            {
                return null;
            }

            kind = SuggestionKind.Risk;
            if (_comment >= 0 && _comment < cells.Count)
            {
                var (cs, cl) = Trim(notes, cells[_comment].Start, cells[_comment].Length);
                if (cl > 0)
                {
                    (s, len) = (cs, cl);
                }
            }
        }

        var check = NotesCheck.None;
        if (_status >= 0 && _status < cells.Count)
        {
            var st = Cell(notes, cells[_status]).ToLowerInvariant();
            if (st.Contains("done", StringComparison.Ordinal) || st.Contains("complete", StringComparison.Ordinal) ||
                st.Contains("closed", StringComparison.Ordinal) || st.Contains('✅') || st.Contains('✔') || st is "x" or "[x]" or "yes" or "resolved")
            {
                check = NotesCheck.Done;
            }
        }

        var owner = _owner >= 0 && _owner < cells.Count ? Cell(notes, cells[_owner]) : null;
        var due = _due >= 0 && _due < cells.Count ? Cell(notes, cells[_due]) : null;
        return new NotesUnit(s, len, section, true, check, null, kind, owner, due, IsTableRow: true);
    }

    private static bool IsTextHeader(string h, out SuggestionKind? kind)
    {
        kind = null;
        if (h.Contains("action", StringComparison.Ordinal) || h.Contains("task", StringComparison.Ordinal) ||
            h.Contains("to do", StringComparison.Ordinal) || h.Contains("todo", StringComparison.Ordinal) ||
            h.Contains("next step", StringComparison.Ordinal) || h.Contains("follow", StringComparison.Ordinal))
        {
            kind = SuggestionKind.Action;
            return true;
        }

        if (h.Contains("decision", StringComparison.Ordinal) || h.Contains("agreed", StringComparison.Ordinal))
        {
            kind = SuggestionKind.Decision;
            return true;
        }

        if (h.Contains("risk", StringComparison.Ordinal) || h.Contains("concern", StringComparison.Ordinal) ||
            h.Contains("issue", StringComparison.Ordinal) || h.Contains("blocker", StringComparison.Ordinal))
        {
            kind = SuggestionKind.Risk;
            return true;
        }

        return h is "item" or "items" or "what" or "description" or "title" or "summary" or "topic" or "detail" or "details";
    }

    private static string Cell(string notes, (int Start, int Length) cell) =>
        notes.Substring(cell.Start, cell.Length).Trim().Trim('*', '_', '`').Trim();

    private static (int Start, int Length) Trim(string notes, int s, int len)
    {
        var e = s + len;
        while (s < e && (char.IsWhiteSpace(notes[s]) || notes[s] == '*'))
        {
            s++;
        }

        while (e > s && (char.IsWhiteSpace(notes[e - 1]) || notes[e - 1] == '*'))
        {
            e--;
        }

        return (s, e - s);
    }

    private static List<(int Start, int Length)> Cells(string notes, int start, int end)
    {
        var cells = new List<(int, int)>();
        var s = start;
        while (s < end && char.IsWhiteSpace(notes[s]))
        {
            s++;
        }

        if (s < end && notes[s] == '|')
        {
            s++;
        }

        var e = end;
        while (e > s && char.IsWhiteSpace(notes[e - 1]))
        {
            e--;
        }

        if (e > s && notes[e - 1] == '|' && (e < 2 || notes[e - 2] != '\\'))
        {
            e--;
        }

        var cellStart = s;
        for (var k = s; k < e; k++)
        {
            if (notes[k] == '|' && (k == 0 || notes[k - 1] != '\\'))
            {
                cells.Add((cellStart, k - cellStart));
                cellStart = k + 1;
            }
        }

        cells.Add((cellStart, e - cellStart));
        return cells;
    }
}
