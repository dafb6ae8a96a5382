using Microsoft.EntityFrameworkCore;
using TpmHub.Core.Common;
using TpmHub.Core.People;
using TpmHub.Web.Data;
using TpmHub.Web.Features.Access;
using TpmHub.Web.Features.Common;

namespace TpmHub.Web.Features.People.Capacity;

/// <summary>
/// Who is allocated to a project, at what share of their capacity, from when to when — and placeholders: a role with the
/// skills and certifications it needs, allocated before a person is known, the people who could fill it, and filling it.
/// </summary>
public sealed class AllocationService(IDbContextFactory<TpmHubDbContext> dbFactory, RoleMatchService matcher, TimeProvider time)
{
    public async Task<Result<IReadOnlyList<AllocationRow>>> ListAsync(ProjectAccess project, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(project);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = await Rows(db, db.Allocations.AsNoTracking().Where(a => a.ProjectId == project.Id)).ToListAsync(ct);
        return rows.OrderBy(r => r.Placeholder ? 0 : 1).ThenBy(r => r.From).ThenBy(r => r.PersonName ?? r.Role, StringComparer.CurrentCulture).ToList();
    }

    public async Task<Result<AllocationRow>> CreateAsync(ProjectAccess project, AllocationRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(request);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var parsed = await CheckAsync(db, request, requireVersion: false, ct);
        if (!parsed.IsSuccess)
        {
            return parsed.Error!;
        }

        var now = time.GetUtcNow();
        var (from, to, requirements) = parsed.Value;
        var allocation = new Allocation
        {
            Id = Guid.CreateVersion7(), ProjectId = project.Id, PersonId = request.PersonId, Percent = request.Percent!.Value, From = from, To = to,
            Role = Role(request.Role), Requirements = requirements, CreatedAt = now, UpdatedAt = now,
        };
        db.Allocations.Add(allocation);
        await db.SaveChangesAsync(ct);
        return await GetAsync(project, allocation.Id, ct);
    }

    public async Task<Result<AllocationRow>> GetAsync(ProjectAccess project, Guid id, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(project);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var row = await Rows(db, db.Allocations.AsNoTracking().Where(a => a.Id == id && a.ProjectId == project.Id)).SingleOrDefaultAsync(ct);
        return row is null ? NotFound(id) : row;
    }

    public async Task<Result<AllocationRow>> UpdateAsync(ProjectAccess project, Guid id, AllocationRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(request);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var allocation = await db.Allocations.SingleOrDefaultAsync(a => a.Id == id && a.ProjectId == project.Id, ct);
        if (allocation is null)
        {
            return NotFound(id);
        }

        var parsed = await CheckAsync(db, request, requireVersion: true, ct);
        if (!parsed.IsSuccess)
        {
            return parsed.Error!;
        }

        if (allocation.Version != request.Version!.Value)
        {
            return Error.Conflict("Someone else changed this allocation after you loaded it. Reload to see their changes.", (await GetAsync(project, id, ct)).Value);
        }

        (allocation.PersonId, allocation.Percent, allocation.From, allocation.To) = (request.PersonId, request.Percent!.Value, parsed.Value.From, parsed.Value.To);
        (allocation.Role, allocation.Requirements, allocation.UpdatedAt) = (Role(request.Role), parsed.Value.Requirements, time.GetUtcNow());
        db.Entry(allocation).Property(a => a.Version).OriginalValue = request.Version.Value;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Error.Conflict("Someone else changed this allocation after you loaded it. Reload to see their changes.", (await GetAsync(project, id, ct)).Value);
        }

        return await GetAsync(project, id, ct);
    }

    public async Task<Result<bool>> DeleteAsync(ProjectAccess project, Guid id, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(project);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var deleted = await db.Allocations.Where(a => a.Id == id && a.ProjectId == project.Id).ExecuteDeleteAsync(ct);
        return deleted == 0 ? NotFound(id) : true;
    }

    /// <summary>The people who match the allocation's role and have room on its dates, best first (for a person's allocation too: who else could).</summary>
    public async Task<Result<IReadOnlyList<PlaceholderMatch>>> MatchesAsync(ProjectAccess project, Guid id, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(project);
        Allocation? allocation;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            allocation = await db.Allocations.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id && a.ProjectId == project.Id, ct);
        }

        return allocation is null ? NotFound(id) : Result<IReadOnlyList<PlaceholderMatch>>.Ok(await matcher.MatchesAsync(allocation, ct));
    }

    /// <summary>Fills a placeholder with a person, keeping its percent, dates, role and requirements; 409 when it is filled already or changed.</summary>
    public async Task<Result<AllocationRow>> AssignAsync(ProjectAccess project, Guid id, AllocationAssignment assignment, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(assignment);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var allocation = await db.Allocations.SingleOrDefaultAsync(a => a.Id == id && a.ProjectId == project.Id, ct);
        if (allocation is null)
        {
            return NotFound(id);
        }

        var errors = new ValidationErrors();
        if (assignment.PersonId is not { } personId)
        {
            errors.Add("personId", "Say who fills the role (personId).");
        }
        else if (!await db.People.AnyAsync(p => p.Id == personId, ct))
        {
            errors.Add("personId", $"No person {personId}.");
        }

        if (assignment.Version is null)
        {
            errors.Add("version", "Version is required: send the version you last read.");
        }

        if (errors.Any)
        {
            return errors.ToError();
        }

        if (!allocation.IsPlaceholder || allocation.Version != assignment.Version)
        {
            var why = allocation.IsPlaceholder ? "Someone else changed this placeholder after you loaded it." : "This role is filled already.";
            return Error.Conflict($"{why} Reload to see the allocation as it is.", (await GetAsync(project, id, ct)).Value);
        }

        (allocation.PersonId, allocation.UpdatedAt) = (assignment.PersonId, time.GetUtcNow());
        db.Entry(allocation).Property(a => a.Version).OriginalValue = assignment.Version!.Value;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Error.Conflict("Someone else changed this placeholder after you loaded it. Reload to see the allocation as it is.", (await GetAsync(project, id, ct)).Value);
        }

        return await GetAsync(project, id, ct);
    }

    /// <summary>Who can be allocated (everyone in the directory) and the certification codes a role can ask for, for the staffing form.</summary>
    public async Task<StaffingChoices> ChoicesAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var people = await db.People.AsNoTracking().OrderBy(p => p.Name).Select(p => new StaffOption(p.Id, p.Name, p.Title, p.Team)).ToListAsync(ct);
        var codes = await db.Certifications.AsNoTracking().OrderBy(c => c.Code).Select(c => c.Code).ToListAsync(ct);
        return new StaffingChoices(people, codes);
    }

    private static string? Role(string? role) => string.IsNullOrWhiteSpace(role) ? null : role.Trim();

    private static async Task<Result<(DateOnly From, DateOnly To, List<RoleRequirement> Requirements)>> CheckAsync(TpmHubDbContext db, AllocationRequest request, bool requireVersion, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var from = InputLimits.Text("from", request.From, errors) ? RequestParsing.Date(request.From, "from", errors) : null;
        var to = InputLimits.Text("to", request.To, errors) ? RequestParsing.Date(request.To, "to", errors) : null;
        foreach (var (field, messages) in AllocationRules.Validate(request.Percent, from ?? (errors.Has("from") ? DateOnly.MinValue : null),
                     to ?? (errors.Has("to") ? DateOnly.MaxValue : null)).ToDictionary().Where(f => !errors.Has(f.Key)))
        {
            foreach (var message in messages)
            {
                errors.Add(field, message);
            }
        }

        var requirements = new List<RoleRequirement>();
        for (var i = 0; i < (request.Requirements?.Count ?? 0); i++)
        {
            var r = request.Requirements![i] ?? new RoleRequirementRequest(null, null, null, null);
            var field = $"requirements[{i}]";
            InputLimits.Text($"{field}.name", r.Name, errors);
            var kind = InputLimits.Text($"{field}.kind", r.Kind, errors) ? RequestParsing.Enum<RequirementKind>(r.Kind, $"{field}.kind", errors) : null;
            if (kind is null && !errors.Has($"{field}.kind"))
            {
                errors.Add($"{field}.kind", "Say whether it is a skill or a certification (kind).");
            }

            requirements.Add(new RoleRequirement
            {
                Kind = kind ?? RequirementKind.Skill, Name = r.Name?.Trim() ?? "", MinLevel = kind == RequirementKind.Certification ? null : r.MinLevel,
                Preferred = r.Preferred ?? false,
            });
        }

        InputLimits.Text("role", request.Role, errors);
        foreach (var (field, messages) in AllocationRules.ValidateFor(request.PersonId, request.Role, requirements).ToDictionary().Where(f => !errors.Has(f.Key)))
        {
            foreach (var message in messages)
            {
                errors.Add(field, message);
            }
        }

        if (request.PersonId is { } personId && !await db.People.AnyAsync(p => p.Id == personId, ct))
        {
            errors.Add("personId", $"No person {personId}.");
        }

        var codes = requirements.Where(r => r.Kind == RequirementKind.Certification && r.Name.Length > 0).Select(r => r.Name.ToUpperInvariant()).ToList();
        var known = await db.Certifications.Where(c => codes.Contains(c.Code)).Select(c => c.Code).ToListAsync(ct);
        for (var i = 0; i < requirements.Count; i++)
        {
            if (requirements[i].Kind == RequirementKind.Certification && requirements[i].Name.Length > 0)
            {
                requirements[i].Name = requirements[i].Name.ToUpperInvariant();
                if (!known.Contains(requirements[i].Name) && !errors.Has($"requirements[{i}].name"))
                {
                    errors.Add($"requirements[{i}].name", $"No certification {requirements[i].Name} in the catalogue (see /api/v1/certifications for the codes).");
                }
            }
        }

        if (requireVersion && request.Version is null)
        {
            errors.Add("version", "Version is required: send the version you last read.");
        }

        return errors.Any ? errors.ToError() : (from!.Value, to!.Value, requirements);
    }

    private static IQueryable<AllocationRow> Rows(TpmHubDbContext db, IQueryable<Allocation> allocations) =>
        from a in allocations
        join p in db.People on a.PersonId equals p.Id into pj
        from p in pj.DefaultIfEmpty()
        select new AllocationRow(a.Id, a.PersonId, p == null ? null : p.Name, p == null ? null : p.Title, a.Percent, a.From, a.To, a.Version, a.Role,
            a.Requirements, a.PersonId == null);

    private static Error NotFound(Guid id) => AccessRefusals.NotFound("Allocation", id.ToString());
}
