using Microsoft.EntityFrameworkCore;
using TpmHub.Core.Budget;
using TpmHub.Core.Common;
using TpmHub.Core.Projects;
using TpmHub.Core.Risks;
using TpmHub.Web.Data;
using TpmHub.Web.Features.Access;
using TpmHub.Web.Features.Budget;
using TpmHub.Web.Features.Work.Schedule;

namespace TpmHub.Web.Features.Health;

/// <summary>
/// A project's health computed from its parts — schedule against the latest baseline, budget from CPI/SPI today, risk
/// from open critical risks and overdue reviews — and the override a lead may set over it with a reason. Batched: a
/// handful of queries whatever the number of projects, so the portfolio and the project list can rate every row.
/// </summary>
public sealed class ProjectHealthService(
    IDbContextFactory<TpmHubDbContext> dbFactory, ScheduleHealthService schedule, EarnedValueService earnedValue, TimeProvider time)
{
    private sealed record RiskCounts(Guid ProjectId, int Open, int Critical, int Overdue);

    private sealed record OverrideRow(Guid Id, ProjectHealth? Rating, string? Reason, string? ByUserId, string? By, DateTimeOffset? At);

    public async Task<ProjectHealthReading> ForProjectAsync(ProjectAccess project, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(project);
        return (await ForProjectsAsync([(project.Id, project.StartDate)], ct))[project.Id];
    }

    public async Task<IReadOnlyDictionary<Guid, ProjectHealthReading>> ForProjectsAsync(IReadOnlyCollection<(Guid Id, DateOnly Start)> projects, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(projects);
        if (projects.Count == 0)
        {
            return new Dictionary<Guid, ProjectHealthReading>();
        }

        return await ForProjectsAsync(projects, await schedule.ForProjectsAsync(projects, ct), await earnedValue.ForProjectsAsync(projects, ct), ct);
    }

    /// <summary>The same, reusing schedule and budget ratings the caller already has (the portfolio shows them as columns).</summary>
    public async Task<IReadOnlyDictionary<Guid, ProjectHealthReading>> ForProjectsAsync(IReadOnlyCollection<(Guid Id, DateOnly Start)> projects,
        IReadOnlyDictionary<Guid, ScheduleHealthService.Row> schedules, IReadOnlyDictionary<Guid, PortfolioBudgetRow> budgets, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(projects);
        ArgumentNullException.ThrowIfNull(schedules);
        ArgumentNullException.ThrowIfNull(budgets);
        var ids = projects.Select(p => p.Id).ToArray();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var risks = await RiskCountsAsync(db, ids, ct);
        var overrides = await (
            from p in db.Projects.AsNoTracking()
            where ids.Contains(p.Id) && p.HealthOverride != null
            join u in db.Users on p.HealthOverrideBy equals u.Id into setters
            from u in setters.DefaultIfEmpty()
            select new OverrideRow(p.Id, p.HealthOverride, p.HealthOverrideReason, p.HealthOverrideBy, u != null ? u.DisplayName : null, p.HealthOverrideAt))
            .ToDictionaryAsync(o => o.Id, ct);

        var result = new Dictionary<Guid, ProjectHealthReading>(ids.Length);
        foreach (var id in ids)
        {
            var schedulePart = schedules.TryGetValue(id, out var s)
                ? new HealthPart(s.Health, s.Explanation)
                : new HealthPart(null, "No baseline yet, so the schedule is not rated: save a baseline to compare the forecast finish against.");
            var budgetPart = budgets.TryGetValue(id, out var b) ? new HealthPart(b.Health, b.Explanation) : new HealthPart(null, BudgetHealth.Explain(null, null));
            var r = risks.GetValueOrDefault(id) ?? new RiskCounts(id, 0, 0, 0);
            var computed = ComputedHealth.From(schedulePart, budgetPart, RiskHealth.Rate(r.Open, r.Critical, r.Overdue));
            HealthOverride? manual = overrides.TryGetValue(id, out var o)
                ? new HealthOverride(o.Rating!.Value, o.Reason ?? "", o.ByUserId ?? "", o.By ?? "a former user", o.At ?? DateTimeOffset.MinValue)
                : null;
            result[id] = ProjectHealthReading.Of(computed, manual);
        }

        return result;
    }

    /// <summary>Sets the lead's rating over the computed one; the reason is required and shown beside it with who set it and when.</summary>
    public async Task<Result<bool>> SetOverrideAsync(ProjectAccess project, HealthOverrideRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(request);
        var errors = ProjectHealthRules.ValidateOverride(request.Rating, request.Reason, out var rating);
        if (errors.Any)
        {
            return errors.ToError();
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var row = await db.Projects.SingleAsync(p => p.Id == project.Id, ct);
        var now = time.GetUtcNow();
        (row.HealthOverride, row.HealthOverrideReason, row.HealthOverrideBy, row.HealthOverrideAt) = (rating, request.Reason!.Trim(), project.User.UserId, now);
        row.UpdatedAt = now;
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>Removes the override: the computed rating counts again.</summary>
    public async Task<Result<bool>> ClearOverrideAsync(ProjectAccess project, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(project);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var row = await db.Projects.SingleAsync(p => p.Id == project.Id, ct);
        if (row.HealthOverride is not null)
        {
            (row.HealthOverride, row.HealthOverrideReason, row.HealthOverrideBy, row.HealthOverrideAt) = (null, null, null, null);
            row.UpdatedAt = time.GetUtcNow();
            await db.SaveChangesAsync(ct);
        }

        return true;
    }

    private async Task<Dictionary<Guid, RiskCounts>> RiskCountsAsync(TpmHubDbContext db, Guid[] ids, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(time.GetLocalNow().DateTime);
        var critical = RiskScore.Range(RiskBand.Critical).Low;
        var open = db.RaidEntries.AsNoTracking().Where(e => ids.Contains(e.ProjectId)).Where(RaidRules.OpenRisk);
        var totals = await open.GroupBy(e => e.ProjectId)
            .Select(g => new { ProjectId = g.Key, Open = g.Count(), Critical = g.Count(e => e.Score >= critical) })
            .ToListAsync(ct);
        var overdue = await open.Where(RaidDue.ReviewOverdue(today)).GroupBy(e => e.ProjectId)
            .Select(g => new { ProjectId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.ProjectId, g => g.Count, ct);
        return totals.ToDictionary(t => t.ProjectId, t => new RiskCounts(t.ProjectId, t.Open, t.Critical, overdue.GetValueOrDefault(t.ProjectId)));
    }
}
