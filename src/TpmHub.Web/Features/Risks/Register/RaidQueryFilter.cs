using Microsoft.EntityFrameworkCore;
using TpmHub.Core.Risks;
using TpmHub.Web.Features.Common;

namespace TpmHub.Web.Features.Risks.Register;

/// <summary>Applies a <see cref="RaidQuery"/>'s filters and order to a query of entries (the list and the CSV export share it).</summary>
internal static class RaidQueryFilter
{
    public static IQueryable<RaidEntry> Filter(IQueryable<RaidEntry> entries, RaidQuery query)
    {
        if (query.Kind is { } kind)
        {
            entries = entries.Where(e => e.Kind == kind);
        }

        if (query.Status is { } status)
        {
            entries = entries.Where(e => e.Status == status);
        }

        if (query.OpenOnly)
        {
            entries = entries.Where(RaidRules.Active);
        }

        if (query.Band is { } band)
        {
            var (low, high) = RiskScore.Range(band);
            entries = query.Residual
                ? entries.Where(e => (e.ResidualScore ?? e.Score) >= low && (e.ResidualScore ?? e.Score) <= high)
                : entries.Where(e => e.Score >= low && e.Score <= high);
        }

        if (!string.IsNullOrEmpty(query.OwnerId))
        {
            entries = entries.Where(e => e.OwnerId == query.OwnerId);
        }

        if (query.Category is { } category)
        {
            entries = entries.Where(e => e.Category == category);
        }

        if (query.Probability is { } p && query.Impact is { } i)
        {
            // A heat-map cell: the open risks counted in it.
            entries = query.Residual
                ? entries.Where(RaidRules.OpenRisk).Where(e => (e.ResidualProbability ?? e.Probability) == p && (e.ResidualImpact ?? e.Impact) == i)
                : entries.Where(RaidRules.OpenRisk).Where(e => e.Probability == p && e.Impact == i);
        }

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var pattern = RequestParsing.ContainsPattern(query.Search);
            entries = entries.Where(e => EF.Functions.ILike(e.Title, pattern) || EF.Functions.ILike(e.Key, pattern));
        }

        return entries;
    }

    public static IQueryable<RaidEntry> Sort(IQueryable<RaidEntry> entries, string? sort, bool desc) =>
        (sort?.ToLowerInvariant(), desc) switch
        {
            ("score", false) => entries.OrderBy(e => e.Score).ThenBy(e => e.Number),
            ("score", true) => entries.OrderByDescending(e => e.Score ?? 0).ThenBy(e => e.Number),
            ("title", false) => entries.OrderBy(e => e.Title).ThenBy(e => e.Number),
            ("title", true) => entries.OrderByDescending(e => e.Title).ThenBy(e => e.Number),
            ("kind", false) => entries.OrderBy(e => e.Kind).ThenBy(e => e.Number),
            ("kind", true) => entries.OrderByDescending(e => e.Kind).ThenBy(e => e.Number),
            ("status", false) => entries.OrderBy(e => e.Status).ThenBy(e => e.Number),
            ("status", true) => entries.OrderByDescending(e => e.Status).ThenBy(e => e.Number),
            ("category", false) => entries.OrderBy(e => e.Category).ThenBy(e => e.Number),
            ("category", true) => entries.OrderByDescending(e => e.Category).ThenBy(e => e.Number),
            ("review", false) => entries.OrderBy(e => e.ReviewDate).ThenBy(e => e.Number),
            ("review", true) => entries.OrderByDescending(e => e.ReviewDate).ThenBy(e => e.Number),
            ("exposure", false) => entries.OrderBy(RiskScore.ExposureOf).ThenBy(e => e.Number),
            ("exposure", true) => entries.OrderByDescending(RiskScore.ExposureOf).ThenBy(e => e.Number),
            (_, true) => entries.OrderByDescending(e => e.Number),
            _ => entries.OrderBy(e => e.Number),
        };
}
