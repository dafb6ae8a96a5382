using Microsoft.EntityFrameworkCore;
using TpmHub.Core.Common;
using TpmHub.Core.Stakeholders;
using TpmHub.Web.Data;
using TpmHub.Web.Features.Access;

namespace TpmHub.Web.Features.Stakeholders;

/// <summary>A project's stakeholder register.</summary>
public sealed class StakeholderService(IDbContextFactory<TpmHubDbContext> dbFactory, TimeProvider time)
{
    public async Task<Result<IReadOnlyList<StakeholderRow>>> ListAsync(ProjectAccess project, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var all = await db.Stakeholders.AsNoTracking().Where(s => s.ProjectId == project.Id)
            .OrderByDescending(s => s.Power).ThenByDescending(s => s.Interest).ThenBy(s => s.Name).ToListAsync(ct);
        return all.Select(StakeholderRow.From).ToList();
    }

    public async Task<Result<StakeholderRow>> GetAsync(ProjectAccess project, Guid id, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var found = await db.Stakeholders.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id && s.ProjectId == project.Id, ct);
        return found is null ? NotFound(id) : StakeholderRow.From(found);
    }

    public async Task<Result<StakeholderRow>> CreateAsync(ProjectAccess project, StakeholderRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var draft = request.ToDraft(requireVersion: false);
        if (!draft.IsSuccess)
        {
            return draft.Error!;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await UnknownUserAsync(db, draft.Value!, ct) is { } unknown)
        {
            return unknown;
        }

        var stakeholder = new Stakeholder { Id = Guid.CreateVersion7(), ProjectId = project.Id, CreatedAt = time.GetUtcNow() };
        Apply(stakeholder, draft.Value!);
        db.Stakeholders.Add(stakeholder);
        await db.SaveChangesAsync(ct);
        return StakeholderRow.From(stakeholder);
    }

    public async Task<Result<StakeholderRow>> UpdateAsync(ProjectAccess project, Guid id, StakeholderRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var draft = request.ToDraft(requireVersion: true);
        if (!draft.IsSuccess)
        {
            return draft.Error!;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var stakeholder = await db.Stakeholders.SingleOrDefaultAsync(s => s.Id == id && s.ProjectId == project.Id, ct);
        if (stakeholder is null)
        {
            return NotFound(id);
        }

        if (await UnknownUserAsync(db, draft.Value!, ct) is { } unknown)
        {
            return unknown;
        }

        db.Entry(stakeholder).Property(s => s.Version).OriginalValue = request.Version!.Value;
        Apply(stakeholder, draft.Value!);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Error.Conflict($"Someone else changed {stakeholder.Name} after you loaded them. Reload to see their changes.",
                (await GetAsync(project, id, ct)).Value);
        }

        return StakeholderRow.From(stakeholder);
    }

    /// <summary>Re-rates power and interest only (the grid's drag), keeping everything else.</summary>
    public async Task<Result<StakeholderRow>> RateAsync(ProjectAccess project, Guid id, int power, int interest, uint version, CancellationToken ct = default)
    {
        var current = await GetAsync(project, id, ct);
        if (!current.IsSuccess)
        {
            return current.Error!;
        }

        var s = current.Value!;
        return await UpdateAsync(project, id, new StakeholderRequest(s.Name, s.Organisation, s.Title, s.Email, s.UserId, power, interest,
            s.Engagement.ToString(), s.DesiredEngagement.ToString(), s.Strategy, s.Preferences, version), ct);
    }

    public async Task<Result<bool>> DeleteAsync(ProjectAccess project, Guid id, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var stakeholder = await db.Stakeholders.SingleOrDefaultAsync(s => s.Id == id && s.ProjectId == project.Id, ct);
        if (stakeholder is null)
        {
            return NotFound(id);
        }

        db.Stakeholders.Remove(stakeholder);
        await db.SaveChangesAsync(ct);
        return true;
    }

    private static async Task<Error?> UnknownUserAsync(TpmHubDbContext db, StakeholderDraft draft, CancellationToken ct) =>
        draft.UserId is { } userId && !await db.Users.AnyAsync(u => u.Id == userId, ct)
            ? Error.Invalid("userId", "No user has this id; leave it out for a stakeholder without an account.")
            : null;

    private static void Apply(Stakeholder s, StakeholderDraft d)
    {
        (s.Name, s.Organisation, s.Title, s.Email, s.UserId) = (d.Name, d.Organisation, d.Title, d.Email, d.UserId);
        (s.Power, s.Interest, s.Engagement, s.DesiredEngagement) = (d.Power, d.Interest, d.Engagement, d.DesiredEngagement);
        (s.Strategy, s.Preferences) = (d.Strategy, d.Preferences);
    }

    private static Error NotFound(Guid id) => AccessRefusals.NotFound("Stakeholder", id.ToString());
}
