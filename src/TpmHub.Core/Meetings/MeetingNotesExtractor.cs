using System.Text;

namespace TpmHub.Core.Meetings;

/// <summary>
/// The default extractor: Markdown-aware segmentation, hand-written rules, and a naive Bayes sentence classifier for
/// plain sentences the rules say nothing about. In-process, pure and thread-safe.
/// </summary>
/// <remarks>
/// <para>Order of evidence for one sentence: a checked box or "done" drops it; an explicit marker (ACTION:, TODO,
/// DECISION:, RISK:, Concern:, Blocker:, Issue:, …) decides the kind; a table row takes the kind of its table; an open
/// checkbox is an action; a question is dropped; the first sentence of a line in an Actions, Decisions or Risks section
/// takes the section's kind; a sentence only about the past is dropped; then the phrase rules (a named person with
/// will/to/needs to, a decision phrase, a risk phrase; the earliest wins, a named owner first) and, when none fires,
/// the model with a confidence threshold of <see cref="ModelThreshold"/>.</para>
/// <para>Two people with their own verbs in one sentence ("Maria will send the runbook and Raj will check the quota")
/// give two actions with the same source; each clause gets its own due date or, without one, the sentence's.</para>
/// <para>Owners: "owner: X", "-> X", "(X)", "[X]", "— X" first; then the sentence's subject; then the line's
/// "Name:" label or transcript speaker for "I'll…" (or the parent bullet, bold name, chat line or email sign-off the
/// line sits under); then an @handle anywhere. A request ("Sam, can you…?") is an action unless the same person's
/// commitment follows it. See <see cref="NotesDates"/> for dates; a note's own date style decides "03/12".</para>
/// </remarks>
public sealed partial class MeetingNotesExtractor : IMeetingNotesExtractor
{
    /// <summary>The posterior the model needs before a plain sentence without rule evidence becomes a suggestion.</summary>
    public const double ModelThreshold = 0.9;

    /// <summary>One shared instance; the extractor holds no per-call state.</summary>
    public static MeetingNotesExtractor Instance { get; } = new();

    /// <summary>Trains the sentence model now instead of on the first call (it is trained once per process).</summary>
    public static void Warm() => _ = NotesSentenceModel.Instance;

    /// <inheritdoc />
    public IReadOnlyList<NotesSuggestion> Extract(string notes, NotesContext context)
    {
        ArgumentNullException.ThrowIfNull(notes);
        ArgumentNullException.ThrowIfNull(context);
        if (string.IsNullOrWhiteSpace(notes))
        {
            return [];
        }

        var owners = new NotesOwners(context.Attendees);
        var reading = new NotesReading(context, NotesDates.PrefersDayFirst(notes), Author(notes, owners));
        var result = new List<NotesSuggestion>();
        var lastActionLine = -1;
        foreach (var unit in NotesSegmenter.Split(notes, owners))
        {
            // "…I'll add a readiness check. Probably by end of next week." — the date belongs to the action before.
            if (!unit.FirstInLine && unit.LineStart == lastActionLine && result.Count > 0 && result[^1].Due is null &&
                WordCount(notes.AsSpan(unit.Start, unit.Length)) <= 7)
            {
                var tail = notes.Substring(unit.Start, unit.Length);
                var dates = NotesDates.Find(tail, context.MeetingDate, reading.DayFirst);
                if (dates.Count > 0 && NotesRules.Subjects(tail, owners).Count == 0 && NotesRules.Marker(tail).Kind is null)
                {
                    result[^1] = result[^1] with { Due = dates[0].Date };
                    continue;
                }
            }

            var before = result.Count;
            Classify(notes, unit, reading, owners, result);
            if (result.Count > before)
            {
                lastActionLine = result[^1].Kind == SuggestionKind.Action ? unit.LineStart : -1;
            }
        }

        DropAnsweredRequests(result);
        return result;
    }

    private static void DropAnsweredRequests(List<NotesSuggestion> result)
    {
        // "Priya, can you update the runbook?" answered by Priya's "Sure, I'll update it by Friday": one action, and the
        // answer (which usually carries the date) is the one to keep. An answer of "Yep, will do" is dropped instead.
        for (var i = result.Count - 2; i >= 0; i--)
        {
            var ask = result[i];
            if (ask.Kind != SuggestionKind.Action || ask.OwnerIndex is null || !ask.Source.TrimEnd().EndsWith('?') || !RequestPhrase().IsMatch(ask.Source))
            {
                continue;
            }

            for (var j = i + 1; j < result.Count && j <= i + 2; j++)
            {
                if (result[j].Kind == SuggestionKind.Action && result[j].OwnerIndex == ask.OwnerIndex && result[j].SourceStart - ask.SourceStart < 400)
                {
                    result.RemoveAt(i);
                    break;
                }
            }
        }
    }

    private static int? Author(string notes, NotesOwners owners)
    {
        // An email's sign-off ("Thanks,\nMaria" or "Cheers, Maria") names who "I" is when there is no speaker.
        var lines = notes.TrimEnd().Split('\n');
        if (lines.Length < 2)
        {
            return null;
        }

        var last = lines[^1].Trim().Trim('-', '–', '—', ' ', '.', ',');
        var closing = lines[^2].Trim().TrimEnd(',', '.', '!', ' ').ToLowerInvariant();
        var comma = last.IndexOf(',', StringComparison.Ordinal);
        if (comma > 0)
        {
            closing = last[..comma].Trim().ToLowerInvariant();
            last = last[(comma + 1)..].Trim();
        }

        var closes = closing is "thanks" or "thank you" or "many thanks" or "cheers" or "best" or "best regards" or "regards" or
            "kind regards" or "br" or "thx" or "ta" or "all the best" or "speak soon" or "warm regards" or "best wishes";
        return closes && last.Length > 0 && last.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 2 &&
            NotesRules.TryName(last, owners, false, out var index) ? index : null;
    }

    private static void Classify(string notes, NotesUnit unit, NotesReading context, NotesOwners owners, List<NotesSuggestion> result)
    {
        if (unit.Check == NotesCheck.Done)
        {
            return;
        }

        var raw = notes.Substring(unit.Start, unit.Length);
        if (raw.StartsWith("~~", StringComparison.Ordinal) && raw.IndexOf("~~", 2, StringComparison.Ordinal) > 0)
        {
            return;
        }

        if (IsAcknowledgement(raw))
        {
            // "Yep, will do." answers a request already suggested; on its own it names nothing to do.
            return;
        }

        if (IsBareConfirmation(raw))
        {
            // "Schema versioning — upcasters in code. Agreed." is a decision about the line, not the word.
            if (!unit.FirstInLine && unit.LineStart >= 0 && unit.LineStart < unit.Start)
            {
                var lineSource = notes[unit.LineStart..(unit.Start + unit.Length)];
                result.Add(new NotesSuggestion(SuggestionKind.Decision, Title(lineSource, 0, unit.Start - unit.LineStart), null, null, lineSource, unit.LineStart));
            }

            return;
        }

        var masked = Mask(raw);
        if (masked.AsSpan().Trim().IsEmpty || NotesRules.IsDone(masked) || IsNothing(masked))
        {
            return;
        }

        var (markerKind, bodyStart, _) = NotesRules.Marker(masked);
        if (markerKind is { } mk)
        {
            var body = masked[bodyStart..].Trim();
            if (body.Length == 0 || IsNothing(body) || (mk == SuggestionKind.Decision && NotesRules.IsPending(body) && !StartsWithGo(body)))
            {
                return;
            }

            if (mk == SuggestionKind.Decision && bodyStart > 0 && masked[..bodyStart].Contains("go", StringComparison.OrdinalIgnoreCase) &&
                masked[..bodyStart].Contains("no", StringComparison.OrdinalIgnoreCase) && !StartsWithGo(body))
            {
                return;
            }

            Emit(mk, notes, unit, raw, masked, bodyStart, context, owners, result);
            return;
        }

        if (unit.IsTableRow && unit.KindHint is { } tableKind)
        {
            if (!IsNothing(masked))
            {
                Emit(tableKind, notes, unit, raw, masked, 0, context, owners, result);
            }

            return;
        }

        if (unit.Check == NotesCheck.Open)
        {
            Emit(SuggestionKind.Action, notes, unit, raw, masked, 0, context, owners, result);
            return;
        }

        if (masked.TrimEnd().EndsWith('?') && !IsRequest(masked, owners))
        {
            // "We're going with blue-green, everyone OK with that?" is a statement with a tag question.
            var comma = masked.LastIndexOf(',');
            if (comma < 0 || WordCount(masked.AsSpan(comma)) > 6 || WordCount(masked.AsSpan(0, comma)) < 4)
            {
                return;
            }

            masked = masked[..comma] + new string(' ', masked.Length - comma);
        }

        if (unit.FirstInLine && unit.Section is NotesSection.Actions or NotesSection.Decisions or NotesSection.Risks)
        {
            if (IsNothing(masked))
            {
                return;
            }

            switch (unit.Section)
            {
                case NotesSection.Actions when !NotesRules.IsPast(masked) && !StartsWithPastVerb(masked, owners):
                    var riskyLine = NotesRules.RiskAt(masked) >= 0 && NotesRules.Subjects(masked, owners).Count == 0 &&
                        !NotesRules.StartsWithActionVerb(masked) && !NotesRules.TryExplicitOwner(masked, owners, out _) &&
                        !NotesRules.TryLeadingOwner(masked, owners, out _);
                    Emit(riskyLine ? SuggestionKind.Risk : SuggestionKind.Action, notes, unit, raw, masked, 0, context, owners, result);
                    return;
                case NotesSection.Decisions when !NotesRules.IsPending(masked):
                    Emit(SuggestionKind.Decision, notes, unit, raw, masked, 0, context, owners, result);
                    return;
                case NotesSection.Risks when !NotRiskLine(masked):
                    Emit(SuggestionKind.Risk, notes, unit, raw, masked, 0, context, owners, result);
                    return;
            }

            return;
        }

        if (NotesRules.IsPast(masked))
        {
            return;
        }

        var kind = RuleKind(masked, unit, owners);
        if (kind is null or SuggestionKind.Action && StartsWithPastVerb(masked, owners) && !NotesRules.IsFuture(masked))
        {
            // "Maria sent the runbook": a report, not a commitment ("Priya raised that X depends on Y" is still a risk).
            return;
        }

        if (kind is null && !unit.IsTableRow && unit.Section != NotesSection.Skip && WordCount(masked) >= 3 && unit.LineStart > FirstLineEnd(notes))
        {
            kind = ModelKind(masked, owners);
        }

        if (kind is { } k)
        {
            Emit(k, notes, unit, raw, masked, 0, context, owners, result);
        }
    }

    private static SuggestionKind? RuleKind(string masked, NotesUnit unit, NotesOwners owners)
    {
        var subjects = NotesRules.Subjects(masked, owners);
        var named = subjects.FindIndex(s => s.Kind is NotesSubjectKind.Person or NotesSubjectKind.FirstPerson or NotesSubjectKind.OtherName);
        var namedAt = named >= 0 ? subjects[named].Start : int.MaxValue;
        var groupAt = subjects.Count > 0 ? subjects.Where(s => s.Kind == NotesSubjectKind.Group).Select(s => s.Start).DefaultIfEmpty(int.MaxValue).Min() : int.MaxValue;
        var decisionAt = NotesRules.DecisionAt(masked);
        var riskAt = NotesRules.RiskAt(masked);
        var d = decisionAt < 0 ? int.MaxValue : decisionAt;
        var r = riskAt < 0 ? int.MaxValue : riskAt;

        if (namedAt < int.MaxValue && namedAt <= d && namedAt <= r)
        {
            return SuggestionKind.Action;
        }

        if (d < int.MaxValue && WordCount(masked) <= 6 && HasBackReference(masked))
        {
            // "Good, that's decided then." / "let's make that the rule": a reply to a decision already noted.
            return null;
        }

        if (d < int.MaxValue && d <= r)
        {
            return SuggestionKind.Decision;
        }

        if (r < int.MaxValue && r <= groupAt)
        {
            return SuggestionKind.Risk;
        }

        if (groupAt < int.MaxValue || namedAt < int.MaxValue)
        {
            return SuggestionKind.Action;
        }

        if (d < int.MaxValue)
        {
            return SuggestionKind.Decision;
        }

        var hasDate = NotesDates.Find(masked, new DateOnly(2000, 1, 1)).Count > 0;
        if (NotesRules.IsImperativeAction(masked) || (unit.OwnerLabel && (hasDate || NotesRules.StartsWithActionVerb(masked))))
        {
            return SuggestionKind.Action;
        }

        if (NotesRules.TryLeadingOwner(masked, owners, out var leading) && leading is not null)
        {
            return SuggestionKind.Action;
        }

        var hasOwner = NotesRules.TryExplicitOwner(masked, owners, out _) || NotesRules.TryTrailingOwner(masked, owners, out _);
        if (NotesRules.StartsWithActionVerb(masked) && (hasOwner || hasDate))
        {
            return SuggestionKind.Action;
        }

        if (hasOwner && hasDate)
        {
            return SuggestionKind.Action;
        }

        if (unit.Speaker is not null && hasDate && NotesRules.StartsWithActionVerb(masked))
        {
            return SuggestionKind.Action;
        }

        return null;
    }

    private static SuggestionKind? ModelKind(string masked, NotesOwners owners)
    {
        var p = NotesSentenceModel.Instance.Probabilities(NotesSentenceModel.Features(masked, owners.IsAttendeeWord));
        var best = 0;
        for (var c = 1; c < NotesSentenceModel.Classes; c++)
        {
            if (p[c] > p[best])
            {
                best = c;
            }
        }

        if (best == 3 || p[best] < ModelThreshold)
        {
            return null;
        }

        return (SuggestionKind)best;
    }

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
