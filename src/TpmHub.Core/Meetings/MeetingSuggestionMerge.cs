namespace TpmHub.Core.Meetings;

/// <summary>
/// Brings a meeting's stored suggestions in line with a fresh extraction of its notes:
/// <list type="bullet">
/// <item>accepted and rejected suggestions are kept as they are (a rejected one stays rejected), their source located
/// again in the new notes (−1 when it is gone);</item>
/// <item>an extracted suggestion with the fingerprint of a decided one is dropped;</item>
/// <item>an extracted suggestion with the fingerprint of an open one keeps that one's id (its text, owner and due
/// date are refreshed); other extracted ones are new; open ones no longer extracted are removed.</item>
/// </list>
/// </summary>
public static class MeetingSuggestionMerge
{
    /// <summary>The suggestions the meeting has after the save, in order of their place in the notes.</summary>
    /// <param name="existing">What is stored now (not modified; decided ones are copied with their new offset).</param>
    /// <param name="extracted">What the extractor found in <paramref name="notes"/>.</param>
    /// <param name="attendeeNames">The attendees' names, to turn an owner index into a name.</param>
    /// <param name="notes">The notes as saved.</param>
    /// <param name="newId">Makes ids for new suggestions.</param>
    public static IReadOnlyList<MeetingSuggestion> Merge(IReadOnlyList<MeetingSuggestion> existing, IReadOnlyList<NotesSuggestion> extracted,
        IReadOnlyList<string> attendeeNames, string notes, Guid meetingId, Func<Guid> newId)
    {
        ArgumentNullException.ThrowIfNull(existing);
        ArgumentNullException.ThrowIfNull(extracted);
        ArgumentNullException.ThrowIfNull(attendeeNames);
        ArgumentNullException.ThrowIfNull(notes);
        ArgumentNullException.ThrowIfNull(newId);
        var result = new List<(MeetingSuggestion S, int Order)>();
        var decided = existing.Where(s => s.State != SuggestionState.Open).ToList();
        var decidedPrints = decided.Select(s => s.Fingerprint).ToHashSet(StringComparer.Ordinal);
        var open = existing.Where(s => s.State == SuggestionState.Open).GroupBy(s => s.Fingerprint, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => new Queue<MeetingSuggestion>(g), StringComparer.Ordinal);
        var order = 0;
        foreach (var s in decided)
        {
            var copy = Copy(s);
            copy.SourceStart = notes.IndexOf(s.Source, StringComparison.Ordinal);
            result.Add((copy, order++));
        }

        foreach (var found in extracted)
        {
            var print = SuggestionFingerprint.Of(found.Kind, found.Source);
            if (decidedPrints.Contains(print))
            {
                continue;
            }

            var id = open.TryGetValue(print, out var same) && same.Count > 0 ? same.Dequeue().Id : newId();
            result.Add((new MeetingSuggestion
            {
                Id = id,
                MeetingId = meetingId,
                Kind = found.Kind,
                Text = Clip(found.Text),
                Owner = found.OwnerIndex is { } i && i >= 0 && i < attendeeNames.Count ? attendeeNames[i] : null,
                Due = found.Due,
                Source = found.Source,
                SourceStart = found.SourceStart,
                Fingerprint = print,
                State = SuggestionState.Open,
            }, order++));
        }

        var ordered = result.OrderBy(r => r.S.SourceStart < 0 ? int.MaxValue : r.S.SourceStart).ThenBy(r => r.Order).Select(r => r.S).ToList();
        for (var p = 0; p < ordered.Count; p++)
        {
            ordered[p].Position = p;
        }

        return ordered;
    }

    private static string Clip(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length <= MeetingRules.SuggestionTextMaxLength ? trimmed : trimmed[..(MeetingRules.SuggestionTextMaxLength - 1)].TrimEnd() + "…";
    }

    private static MeetingSuggestion Copy(MeetingSuggestion s) => new()
    {
        Id = s.Id, MeetingId = s.MeetingId, Position = s.Position, Kind = s.Kind, Text = s.Text, Owner = s.Owner, Due = s.Due, Source = s.Source,
        SourceStart = s.SourceStart, Fingerprint = s.Fingerprint, State = s.State, CreatedKey = s.CreatedKey, DecidedAt = s.DecidedAt, DecidedBy = s.DecidedBy,
    };
}
