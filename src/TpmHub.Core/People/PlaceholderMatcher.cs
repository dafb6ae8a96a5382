namespace TpmHub.Core.People;

/// <summary>A person the matcher weighs: their skills, the certification codes they hold for the allocation, and their weeks.</summary>
/// <param name="Certifications">Codes (upper case) of credentials not expired when the allocation starts.</param>
/// <param name="Weeks">Their capacity weeks (<see cref="CapacityEngine"/>) over the allocation's dates.</param>
public sealed record MatchCandidate(
    Guid PersonId,
    string Name,
    string Title,
    string Team,
    IReadOnlyList<(string Name, int Level)> Skills,
    IReadOnlyCollection<string> Certifications,
    IReadOnlyList<CapacityWeek> Weeks);

/// <summary>A person who can fill a placeholder.</summary>
/// <param name="MinFreePercent">The least share of the person's capacity still free in any week of the dates (weeks fully off left out).</param>
/// <param name="PreferredMet">How many of the role's preferred skills and certifications they have.</param>
/// <param name="SkillMargin">Levels above the required minimums, summed over the required and preferred skills they have.</param>
public sealed record PlaceholderMatch(Guid PersonId, string Name, string Title, string Team, int MinFreePercent, int PreferredMet, int PreferredTotal, int SkillMargin);

/// <summary>
/// Who can fill a placeholder: people with every required skill at its level or above and every required certification,
/// who have room — in each week of the dates in which they can work at all, at least the placeholder's percent of their
/// capacity is free (capacity − allocated − assigned work). Best first: more preferred needs met, then a larger skill
/// margin, then more room, then by name.
/// </summary>
public static class PlaceholderMatcher
{
    public static IReadOnlyList<PlaceholderMatch> Rank(IReadOnlyList<RoleRequirement> requirements, int percent, IEnumerable<MatchCandidate> candidates)
    {
        ArgumentNullException.ThrowIfNull(requirements);
        ArgumentNullException.ThrowIfNull(candidates);
        var matches = new List<PlaceholderMatch>();
        foreach (var c in candidates)
        {
            var (meets, preferred, margin) = Weigh(requirements, c);
            if (!meets || MinFreePercent(c.Weeks) is not { } free || free < percent)
            {
                continue;
            }

            matches.Add(new PlaceholderMatch(c.PersonId, c.Name, c.Title, c.Team, free, preferred, requirements.Count(r => r.Preferred), margin));
        }

        return matches.OrderByDescending(m => m.PreferredMet).ThenByDescending(m => m.SkillMargin).ThenByDescending(m => m.MinFreePercent)
            .ThenBy(m => m.Name, StringComparer.CurrentCulture).ToList();
    }

    /// <summary>
    /// The least whole percent free over the weeks with any capacity (rounded down), or null when the person cannot work in
    /// any of them.
    /// </summary>
    public static int? MinFreePercent(IReadOnlyList<CapacityWeek> weeks)
    {
        ArgumentNullException.ThrowIfNull(weeks);
        int? least = null;
        foreach (var w in weeks.Where(w => w.CapacityHours > 0m))
        {
            var free = (int)Math.Floor((w.CapacityHours - w.AllocatedHours - w.DemandHours) * 100m / w.CapacityHours);
            least = least is { } l ? Math.Min(l, free) : free;
        }

        return least;
    }

    private static (bool Meets, int Preferred, int Margin) Weigh(IReadOnlyList<RoleRequirement> requirements, MatchCandidate c)
    {
        var (meets, preferred, margin) = (true, 0, 0);
        foreach (var r in requirements)
        {
            var has = false;
            if (r.Kind == RequirementKind.Skill)
            {
                var level = c.Skills.Where(s => string.Equals(s.Name.Trim(), r.Name.Trim(), StringComparison.OrdinalIgnoreCase)).Select(s => s.Level).DefaultIfEmpty(0).Max();
                has = level >= (r.MinLevel ?? 1);
                margin += has ? level - (r.MinLevel ?? 1) : 0;
            }
            else
            {
                has = c.Certifications.Contains(r.Name.Trim().ToUpperInvariant());
            }

            if (r.Preferred)
            {
                preferred += has ? 1 : 0;
            }
            else
            {
                meets &= has;
            }
        }

        return (meets, preferred, margin);
    }
}
