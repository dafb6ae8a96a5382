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
}
