using Microsoft.EntityFrameworkCore;
using TpmHub.Core.Common;
using TpmHub.Core.Communications;
using TpmHub.Core.Work;
using TpmHub.Web.Data;
using TpmHub.Web.Features.Access;
using TpmHub.Web.Features.Common;

namespace TpmHub.Web.Features.Communications;

/// <summary>A project's communication plan: its lines, marking one sent, and how many are overdue (for the project header and the portfolio).</summary>
public sealed class CommunicationService(IDbContextFactory<TpmHubDbContext> dbFactory, TimeProvider time)
{
    /// <summary>Today as the plan sees it (the server's local date, like the budget's status date).</summary>
    public DateOnly Today => DateOnly.FromDateTime(time.GetLocalNow().DateTime);

    public async Task<Result<IReadOnlyList<CommunicationRow>>> ListAsync(ProjectAccess project, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(project);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var all = await db.Communications.AsNoTracking().Where(c => c.ProjectId == project.Id)
            .OrderBy(c => c.NextDue).ThenBy(c => c.Audience).ThenBy(c => c.Id).ToListAsync(ct);
        return (await RowsAsync(db, all, ct)).ToList();
    }

    public async Task<Result<CommunicationRow>> GetAsync(ProjectAccess project, Guid id, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(project);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var found = await db.Communications.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id && c.ProjectId == project.Id, ct);
        return found is null ? NotFound(id) : (await RowsAsync(db, [found], ct))[0];
    }

    /// <summary>How many of the project's communications are overdue today.</summary>
    public async Task<int> OverdueCountAsync(ProjectAccess project, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(project);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Communications.Where(c => c.ProjectId == project.Id).CountAsync(CommunicationRules.Overdue(Today), ct);
    }

    /// <summary>
    /// Overdue communications per project, for projects the caller has already been shown (the portfolio passes the ids it
    /// got from the gate's visibility rule); projects with none are left out.
    /// </summary>
    public async Task<IReadOnlyDictionary<Guid, int>> OverdueByProjectAsync(IReadOnlyCollection<Guid> projectIds, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(projectIds);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Communications.AsNoTracking().Where(CommunicationRules.Overdue(Today)).Where(c => projectIds.Contains(c.ProjectId))
            .GroupBy(c => c.ProjectId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, ct);
    }

    /// <summary>The project's members, by name, to choose an owner from (an owner must be a member).</summary>
    public async Task<IReadOnlyList<CommunicationOwnerOption>> OwnerChoicesAsync(ProjectAccess project, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(project);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await (from m in db.ProjectMembers.AsNoTracking()
                      where m.ProjectId == project.Id
                      join u in db.Users on m.UserId equals u.Id
                      orderby u.DisplayName
                      select new CommunicationOwnerOption(u.Id, u.DisplayName)).ToListAsync(ct);
    }

    public async Task<Result<CommunicationRow>> CreateAsync(ProjectAccess project, CommunicationRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(request);
        var draft = request.ToDraft(requireVersion: false);
        if (!draft.IsSuccess)
        {
            return draft.Error!;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await CheckReferencesAsync(db, project, draft.Value!, ct) is { } invalid)
        {
            return invalid;
        }

        var communication = new Communication { Id = Guid.CreateVersion7(), ProjectId = project.Id, CreatedAt = time.GetUtcNow() };
        Apply(communication, draft.Value!);
        db.Communications.Add(communication);
        db.CommunicationAudience.AddRange(draft.Value!.StakeholderIds.Select(s => new CommunicationAudienceMember { CommunicationId = communication.Id, StakeholderId = s }));
        await db.SaveChangesAsync(ct);
        return await GetAsync(project, communication.Id, ct);
    }

    public async Task<Result<CommunicationRow>> UpdateAsync(ProjectAccess project, Guid id, CommunicationRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(request);
        var draft = request.ToDraft(requireVersion: true);
        if (!draft.IsSuccess)
        {
            return draft.Error!;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var communication = await db.Communications.SingleOrDefaultAsync(c => c.Id == id && c.ProjectId == project.Id, ct);
        if (communication is null)
        {
            return NotFound(id);
        }

        if (await CheckReferencesAsync(db, project, draft.Value!, ct) is { } invalid)
        {
            return invalid;
        }

        if (communication.Version != request.Version!.Value)
        {
            return await ConflictAsync(project, id, ct);
        }

        Apply(communication, draft.Value!);
        var existing = await db.CommunicationAudience.Where(a => a.CommunicationId == id).ToListAsync(ct);
        db.CommunicationAudience.RemoveRange(existing.Where(a => !draft.Value!.StakeholderIds.Contains(a.StakeholderId)));
        db.CommunicationAudience.AddRange(draft.Value!.StakeholderIds.Where(s => existing.All(a => a.StakeholderId != s))
            .Select(s => new CommunicationAudienceMember { CommunicationId = id, StakeholderId = s }));
        return await SaveAsync(db, project, communication, request.Version.Value, ct);
    }

    /// <summary>
    /// Records that the communication went out on <see cref="CommunicationSentRequest.On"/> (today when left out) and moves
    /// its next due date by its frequency (<see cref="CommunicationRules.Advance"/>); per milestone, to the next open
    /// milestone's planned finish after that day, or not at all when there is none (the message says so).
    /// </summary>
    public async Task<Result<CommunicationSentResult>> MarkSentAsync(ProjectAccess project, Guid id, CommunicationSentRequest? request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(project);
        var errors = new ValidationErrors();
        var today = Today;
        DateOnly? on = null;
        if (InputLimits.Text("on", request?.On, errors))
        {
            on = RequestParsing.Date(request?.On, "on", errors);
        }

        if (InputLimits.Date("on", on, errors) && on > today)
        {
            errors.Add("on", "A communication cannot be sent on a future date; mark it sent when it has gone out.");
        }

        if (errors.Any)
        {
            return errors.ToError();
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var communication = await db.Communications.SingleOrDefaultAsync(c => c.Id == id && c.ProjectId == project.Id, ct);
        if (communication is null)
        {
            return NotFound(id);
        }

        if (request?.Version is { } version && communication.Version != version)
        {
            return await ConflictAsync(project, id, ct);
        }

        var sentOn = on ?? today;
        var milestones = communication.Frequency == CommunicationFrequency.PerMilestone
            ? await (from w in db.WorkItems.AsNoTracking()
                     where w.ProjectId == project.Id && w.Type == WorkItemType.Milestone && w.Status != WorkItemStatus.Done
                     join s in db.WorkItemSchedules on w.Id equals s.WorkItemId
                     where s.EarlyFinish > sentOn
                     select s.EarlyFinish).ToListAsync(ct)
            : [];
        var advance = CommunicationRules.Advance(communication.Frequency, sentOn, milestones);
        communication.LastSentOn = sentOn;
        if (advance.NextDue is { } next)
        {
            communication.NextDue = next;
        }

        var saved = await SaveAsync(db, project, communication, communication.Version, ct);
        return saved.IsSuccess ? new CommunicationSentResult(saved.Value!, advance.NextDue is not null, advance.Message) : saved.Error!;
    }

    public async Task<Result<bool>> DeleteAsync(ProjectAccess project, Guid id, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(project);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var communication = await db.Communications.SingleOrDefaultAsync(c => c.Id == id && c.ProjectId == project.Id, ct);
        if (communication is null)
        {
            return NotFound(id);
        }

        db.Communications.Remove(communication);
        await db.SaveChangesAsync(ct);
        return true;
    }

    private async Task<Result<CommunicationRow>> SaveAsync(TpmHubDbContext db, ProjectAccess project, Communication communication, uint version,
        CancellationToken ct)
    {
        // Marked modified so the row (and its version) changes even when only the audience did, and a concurrent edit is caught.
        db.Entry(communication).State = EntityState.Modified;
        db.Entry(communication).Property(c => c.Version).OriginalValue = version;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return await ConflictAsync(project, communication.Id, ct);
        }

        return await GetAsync(project, communication.Id, ct);
    }

    private async Task<Error> ConflictAsync(ProjectAccess project, Guid id, CancellationToken ct) =>
        Error.Conflict("Someone else changed this communication after you loaded it. Reload to see their changes.", (await GetAsync(project, id, ct)).Value);

    /// <summary>The owner must be a project member and every named stakeholder must be in this project's register.</summary>
    private static async Task<Error?> CheckReferencesAsync(TpmHubDbContext db, ProjectAccess project, CommunicationDraft draft, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        if (draft.OwnerId is { } owner && !await db.ProjectMembers.AnyAsync(m => m.ProjectId == project.Id && m.UserId == owner, ct))
        {
            errors.Add("ownerId", "The owner must be a member of the project.");
        }

        if (draft.StakeholderIds.Count > 0)
        {
            var ids = draft.StakeholderIds;
            var known = await db.Stakeholders.Where(s => s.ProjectId == project.Id && ids.Contains(s.Id)).Select(s => s.Id).ToListAsync(ct);
            foreach (var missing in ids.Except(known))
            {
                errors.Add("stakeholderIds", $"No stakeholder {missing} in the register of {project.Key}.");
            }
        }

        return errors.Any ? errors.ToError() : null;
    }

    private async Task<IReadOnlyList<CommunicationRow>> RowsAsync(TpmHubDbContext db, IReadOnlyList<Communication> communications, CancellationToken ct)
    {
        var ids = communications.Select(c => c.Id).ToList();
        var audience = await (from a in db.CommunicationAudience.AsNoTracking()
                              where ids.Contains(a.CommunicationId)
                              join s in db.Stakeholders on a.StakeholderId equals s.Id
                              orderby s.Name
                              select new { a.CommunicationId, s.Id, s.Name }).ToListAsync(ct);
        var ownerIds = communications.Where(c => c.OwnerId != null).Select(c => c.OwnerId!).Distinct().ToList();
        var owners = await db.Users.AsNoTracking().Where(u => ownerIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        var today = Today;
        return communications.Select(c => new CommunicationRow(c.Id, c.Audience,
            audience.Where(a => a.CommunicationId == c.Id).Select(a => new CommunicationAudienceRow(a.Id, a.Name)).ToList(),
            c.What, c.Channel, c.Frequency, c.OwnerId, c.OwnerId is null ? null : owners.GetValueOrDefault(c.OwnerId), c.NextDue, c.LastSentOn, c.Notes,
            CommunicationRules.IsOverdue(c.NextDue, today), CommunicationRules.DueText(c.NextDue, today), c.Version)).ToList();
    }

    private static void Apply(Communication c, CommunicationDraft d)
    {
        (c.Audience, c.What, c.Channel, c.Frequency, c.OwnerId) = (d.Audience, d.What, d.Channel, d.Frequency, d.OwnerId);
        (c.NextDue, c.Notes) = (d.NextDue, d.Notes);
    }

    private static Error NotFound(Guid id) => AccessRefusals.NotFound("Communication", id.ToString());
}
