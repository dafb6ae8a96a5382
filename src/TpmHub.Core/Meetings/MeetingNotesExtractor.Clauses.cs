using System.Text;

namespace TpmHub.Core.Meetings;

/// <summary><see cref="MeetingNotesExtractor"/>: one recognised sentence into suggestions — clauses, owner, due date.</summary>
public sealed partial class MeetingNotesExtractor
{
    private static void Emit(SuggestionKind kind, string notes, NotesUnit unit, string raw, string masked, int bodyStart,
        NotesReading context, NotesOwners owners, List<NotesSuggestion> result)
    {
        if (kind != SuggestionKind.Action)
        {
            result.Add(new NotesSuggestion(kind, Title(raw, bodyStart, raw.Length), null, null, raw, unit.Start));
            return;
        }

        var sentenceDates = NotesDates.Find(masked, context.MeetingDate, context.DayFirst);
        var subjects = NotesRules.Subjects(masked, owners).Where(s => s.Start >= bodyStart).ToList();
        var clauses = Clauses(masked, subjects, bodyStart);
        foreach (var (cs, ce, subject) in clauses)
        {
            var clauseMasked = masked[cs..ce];
            var owner = Owner(clauseMasked, subject, unit, owners, clauses.Count == 1 ? masked : clauseMasked, context.Author);
            var due = Due(unit, clauseMasked, cs, sentenceDates, context);
            result.Add(new NotesSuggestion(kind, Title(raw, cs, ce), owner, due, raw, unit.Start));
        }
    }

    private static List<(int Start, int End, NotesSubject? Subject)> Clauses(string masked, List<NotesSubject> subjects, int bodyStart)
    {
        var people = subjects.Where(s => s.Kind is NotesSubjectKind.Person or NotesSubjectKind.OtherName or NotesSubjectKind.FirstPerson).ToList();
        var list = new List<(int, int, NotesSubject?)>();
        if (people.Count >= 2)
        {
            var cuts = new List<NotesSubject> { people[0] };
            for (var k = 1; k < people.Count; k++)
            {
                var between = masked[cuts[^1].VerbStart..people[k].Start].ToLowerInvariant();
                var tail = between.TrimEnd();
                var same = people[k].Kind == cuts[^1].Kind && (people[k].Kind == NotesSubjectKind.FirstPerson ||
                    (people[k].OwnerIndex is not null && people[k].OwnerIndex == cuts[^1].OwnerIndex));
                if (same)
                {
                    // "I can take the firewall rules, I'll have them done by Thursday": one person, one action.
                    continue;
                }

                if (tail.EndsWith(" and", StringComparison.Ordinal) || tail.EndsWith(',') || tail.EndsWith(';') ||
                    tail.EndsWith(" then", StringComparison.Ordinal) || tail.EndsWith(" while", StringComparison.Ordinal) ||
                    tail.EndsWith(" &", StringComparison.Ordinal) || tail.EndsWith(" and then", StringComparison.Ordinal) ||
                    tail.EndsWith(", and", StringComparison.Ordinal) || tail.EndsWith(" plus", StringComparison.Ordinal))
                {
                    cuts.Add(people[k]);
                }
            }

            if (cuts.Count >= 2)
            {
                for (var k = 0; k < cuts.Count; k++)
                {
                    var start = k == 0 ? bodyStart : cuts[k].Start;
                    var end = k + 1 < cuts.Count ? cuts[k + 1].Start : masked.Length;
                    list.Add((start, end, cuts[k]));
                }

                return list;
            }
        }

        list.Add((bodyStart, masked.Length, subjects.Count > 0 ? subjects[0] : null));
        return list;
    }

    private static int? Owner(string clause, NotesSubject? subject, NotesUnit unit, NotesOwners owners, string whole, int? author)
    {
        if (unit.IsTableRow && !string.IsNullOrWhiteSpace(unit.OwnerHint) && NotesRules.TryName(unit.OwnerHint.Trim('@'), owners, true, out var hinted))
        {
            return hinted ?? (unit.OwnerHint.StartsWith('@') && owners.TryResolve(unit.OwnerHint, true, out var h) ? h : null);
        }

        if (NotesRules.TryExplicitOwner(clause, owners, out var explicitOwner) ||
            (!ReferenceEquals(clause, whole) && NotesRules.TryExplicitOwner(whole, owners, out explicitOwner)))
        {
            return explicitOwner;
        }

        if (subject is { Kind: not NotesSubjectKind.Group } s)
        {
            return s.Kind == NotesSubjectKind.FirstPerson ? (unit.Speaker is null ? author : Speaker(unit, owners)) : s.OwnerIndex;
        }

        var weOrUs = subject is { } g && g.Start + 2 <= clause.Length &&
            (clause.AsSpan(g.Start).StartsWith("we", StringComparison.OrdinalIgnoreCase) || clause.AsSpan(g.Start).StartsWith("us", StringComparison.OrdinalIgnoreCase)) &&
            (g.Start + 2 == clause.Length || !char.IsLetter(clause[g.Start + 2]) || clause[g.Start + 2] == '\'');
        if ((subject is null || weOrUs) &&
            (NotesRules.TryLeadingOwner(clause, owners, out var leading) || NotesRules.TryTrailingOwner(clause, owners, out leading)))
        {
            return leading;
        }

        if (subject is not null)
        {
            // "we need to…", "someone to…", "the DBA team will…": no attendee.
            return null;
        }

        if (unit.Speaker is not null)
        {
            return Speaker(unit, owners);
        }

        var at = clause.IndexOf('@', StringComparison.Ordinal);
        if (at >= 0 && (at == 0 || !char.IsLetterOrDigit(clause[at - 1])))
        {
            var end = at + 1;
            while (end < clause.Length && (char.IsLetterOrDigit(clause[end]) || clause[end] is '.' or '-' or '_'))
            {
                end++;
            }

            if (owners.TryResolve(clause[at..end], true, out var handle))
            {
                return handle;
            }
        }

        return null;
    }

    private static int? Speaker(NotesUnit unit, NotesOwners owners) =>
        unit.Speaker is { } sp && NotesRules.TryName(sp, owners, false, out var idx) ? idx : null;

    private static DateOnly? Due(NotesUnit unit, string clause, int clauseStart, IReadOnlyList<NotesDateMatch> sentenceDates, NotesReading context)
    {
        if (unit.IsTableRow && !string.IsNullOrWhiteSpace(unit.DueHint) && NotesDates.TryResolve(unit.DueHint, context.MeetingDate, context.DayFirst, out var hinted))
        {
            return hinted;
        }

        var dates = NotesDates.Find(clause, context.MeetingDate, context.DayFirst);
        if (dates.Count == 0)
        {
            if (clauseStart == 0 && sentenceDates.Count == 0)
            {
                return null;
            }

            dates = sentenceDates;
        }

        if (dates.Count == 0)
        {
            return null;
        }

        foreach (var d in dates)
        {
            if (d.HasDuePrefix)
            {
                return d.Date;
            }
        }

        return dates[0].Date;
    }
}
