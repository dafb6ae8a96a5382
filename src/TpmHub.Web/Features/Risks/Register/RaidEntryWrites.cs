using Microsoft.EntityFrameworkCore;
using TpmHub.Core.Common;
using TpmHub.Core.Risks;
using TpmHub.Web.Data;
using TpmHub.Web.Features.Access;
using TpmHub.Web.Features.Identity;

namespace TpmHub.Web.Features.Risks.Register;

/// <summary>How a draft becomes an entry: numbering, the fields each kind keeps, owner and link checks, and history snapshots.</summary>
internal static class RaidEntryWrites
{
    /// <summary>Takes the next number (inside the caller's transaction) and adds the entry, its links and its first snapshot.</summary>
    public static async Task<RaidEntry> InsertAsync(TpmHubDbContext db, ProjectAccess project, RaidDraft draft, IEnumerable<Guid> links, DateTimeOffset now,
        CancellationToken ct)
    {
        var number = await ProjectSequence<RaidSequence>.NextAsync(db, project.Id, ct);
        var entry = new RaidEntry
        {
            Id = Guid.CreateVersion7(),
            ProjectId = project.Id,
            Number = number,
            Key = $"{project.Key}-R{number}",
            RaisedOn = DateOnly.FromDateTime(now.UtcDateTime),
            CreatedAt = now,
        };
        Apply(entry, draft, now);
        db.RaidEntries.Add(entry);
        db.RaidEntryLinks.AddRange(links.Select(id => new RaidEntryLink { EntryId = entry.Id, WorkItemId = id }));
        db.RaidHistory.Add(Snapshot(entry, now, project.User));
        return entry;
    }

    /// <summary>Copies a (valid) draft onto the entry, keeping only the fields of its kind (<see cref="RaidFields"/>).</summary>
    public static void Apply(RaidEntry entry, RaidDraft draft, DateTimeOffset now)
    {
        var kept = RaidFields.Keep(draft);
        entry.Kind = kept.Kind!.Value;
        entry.Title = kept.Title!.Trim();
        entry.Description = kept.Description ?? "";
        entry.OwnerId = string.IsNullOrEmpty(kept.OwnerId) ? null : kept.OwnerId;
        entry.Status = kept.Status ?? RaidRules.StatusesFor(entry.Kind)[0];
        entry.DueDate = kept.DueDate;
        entry.Category = kept.Category;
        entry.Probability = kept.Probability;
        entry.Impact = kept.Impact;
        entry.Score = kept.Probability * kept.Impact;
        entry.Response = kept.Response;
        entry.MitigationPlan = kept.MitigationPlan ?? "";
        entry.ContingencyPlan = kept.ContingencyPlan ?? "";
        entry.Trigger = kept.Trigger ?? "";
        entry.CostImpact = kept.CostImpact;
        entry.ScheduleImpactDays = kept.ScheduleImpactDays;
        entry.ResidualProbability = kept.ResidualProbability;
        entry.ResidualImpact = kept.ResidualImpact;
        entry.ResidualScore = kept.ResidualProbability * kept.ResidualImpact;
        entry.ReviewDate = kept.ReviewDate;
        entry.ValidationMethod = kept.ValidationMethod ?? "";
        entry.ValidateBy = kept.ValidateBy;
        entry.Severity = kept.Severity;
        entry.Resolution = kept.Resolution ?? "";
        entry.ResolvedOn = kept.ResolvedOn;
        entry.ExternalParty = kept.ExternalParty ?? "";
        entry.Need = kept.Need ?? "";
        entry.NeededBy = kept.NeededBy;
        entry.UpdatedAt = now;
    }

    /// <summary>What a history snapshot records; a change to any of it appends one.</summary>
    public static (RaidStatus, int?, int?, int?, int?, decimal?) Assessment(RaidEntry e) =>
        (e.Status, e.Probability, e.Impact, e.ResidualProbability, e.ResidualImpact, e.CostImpact);

    public static RaidHistory Snapshot(RaidEntry e, DateTimeOffset at, CurrentUser user) => new()
    {
        EntryId = e.Id,
        ProjectId = e.ProjectId,
        At = at,
        Status = e.Status,
        Probability = e.Probability,
        Impact = e.Impact,
        ResidualProbability = e.ResidualProbability,
        ResidualImpact = e.ResidualImpact,
        CostImpact = e.CostImpact,
        ChangedBy = user.UserName,
    };

    public static async Task CheckOwnerAsync(TpmHubDbContext db, ProjectAccess project, string? ownerId, ValidationErrors errors, CancellationToken ct)
    {
        if (!string.IsNullOrEmpty(ownerId) && !errors.Has("ownerId") && !await db.ProjectMembers.AnyAsync(m => m.ProjectId == project.Id && m.UserId == ownerId, ct))
        {
            errors.Add("ownerId", "The owner must be a member of the project.");
        }
    }

    public static async Task<List<Guid>> ResolveWorkItemsAsync(TpmHubDbContext db, ProjectAccess project, IReadOnlyList<string>? keys,
        ValidationErrors errors, CancellationToken ct)
    {
        if (keys is null || keys.Count == 0 || errors.Has("workItemKeys"))
        {
            return [];
        }

        var wanted = keys.Distinct().ToList();
        var found = await db.WorkItems.AsNoTracking().Where(w => w.ProjectId == project.Id && wanted.Contains(w.Key))
            .Select(w => new { w.Id, w.Key }).ToListAsync(ct);
        foreach (var missing in wanted.Except(found.Select(f => f.Key)))
        {
            errors.Add("workItemKeys", $"No work item {missing} in project {project.Key}.");
        }

        return found.Select(f => f.Id).ToList();
    }
}
