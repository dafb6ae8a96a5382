namespace TpmHub.Core.Risks;

/// <summary>The weekly exposure trend of a project's risk register.</summary>
public static class RiskTrend
{
    /// <summary>At most this many weeks are returned (the most recent ones).</summary>
    public const int MaxWeeks = 520;

    /// <summary>
    /// One point per week (Mondays) from the week of <paramref name="from"/> to the week of <paramref name="to"/>. A week's
    /// point takes each risk's latest snapshot dated on or before that week's Sunday; risks that are open or being
    /// mitigated then contribute their score (probability × impact) to the total and probability% × cost impact to
    /// the exposure. One sweep over the snapshots in date order: O(S log S + W).
    /// </summary>
    public static IReadOnlyList<RiskTrendPoint> Weekly(IEnumerable<RiskSnapshot> history, DateOnly from, DateOnly to)
    {
        ArgumentNullException.ThrowIfNull(history);
        var firstWeek = MondayOf(from);
        var lastWeek = MondayOf(to);
        if (lastWeek < firstWeek)
        {
            return [];
        }

        if ((lastWeek.DayNumber - firstWeek.DayNumber) / 7 >= MaxWeeks)
        {
            firstWeek = lastWeek.AddDays(-7 * (MaxWeeks - 1));
        }

        // Stable sort keeps the given order for snapshots of the same day, so a later row of that day wins.
        var snapshots = history.Select((s, i) => (s, i)).OrderBy(x => x.s.Date).ThenBy(x => x.i).Select(x => x.s).ToList();
        var current = new Dictionary<Guid, (int Score, decimal Exposure)>();
        var totalScore = 0;
        var exposure = 0m;
        var next = 0;
        var points = new List<RiskTrendPoint>();
        for (var week = firstWeek; week <= lastWeek; week = week.AddDays(7))
        {
            var sunday = week.AddDays(6);
            while (next < snapshots.Count && snapshots[next].Date <= sunday)
            {
                var s = snapshots[next++];
                if (current.Remove(s.EntryId, out var old))
                {
                    totalScore -= old.Score;
                    exposure -= old.Exposure;
                }

                if (RaidRules.IsOpenRisk(s.Status) && s.Probability is { } p and >= 1 and <= 5 && s.Impact is { } i and >= 1 and <= 5)
                {
                    var contribution = (RiskScore.Score(p, i), RiskScore.Exposure(p, s.CostImpact));
                    current[s.EntryId] = contribution;
                    totalScore += contribution.Item1;
                    exposure += contribution.Item2;
                }
            }

            points.Add(new RiskTrendPoint(week, totalScore, exposure));
        }

        return points;
    }

    public static DateOnly MondayOf(DateOnly date) => date.AddDays(-(((int)date.DayOfWeek + 6) % 7));
}
