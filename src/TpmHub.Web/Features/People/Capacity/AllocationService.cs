using Microsoft.EntityFrameworkCore;
using TpmHub.Core.Common;
using TpmHub.Core.People;
using TpmHub.Web.Data;
using TpmHub.Web.Features.Access;
using TpmHub.Web.Features.Common;

namespace TpmHub.Web.Features.People.Capacity;

/// <summary>Who is allocated to a project, at what share of their capacity, from when to when.</summary>
public sealed class AllocationService(IDbContextFactory<TpmHubDbContext> dbFactory, TimeProvider time)
{
    public async Task<Result<IReadOnlyList<AllocationRow>>> ListAsync(ProjectAccess project, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(project);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await Rows(db, db.Allocations.AsNoTracking().Where(a => a.ProjectId == project.Id).OrderBy(a => a.From)).ToListAsync(ct);
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
        var (from, to) = parsed.Value;
        var allocation = new Allocation
        {
            Id = Guid.CreateVersion7(), ProjectId = project.Id, PersonId = request.PersonId!.Value, Percent = request.Percent!.Value, From = from, To = to,
            CreatedAt = now, UpdatedAt = now,
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

        (allocation.PersonId, allocation.Percent, allocation.From, allocation.To) = (request.PersonId!.Value, request.Percent!.Value, parsed.Value.From, parsed.Value.To);
        allocation.UpdatedAt = time.GetUtcNow();
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

    private static async Task<Result<(DateOnly From, DateOnly To)>> CheckAsync(TpmHubDbContext db, AllocationRequest request, bool requireVersion, CancellationToken ct)
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

        if (request.PersonId is not { } personId)
        {
            errors.Add("personId", "Say who is allocated (personId).");
        }
        else if (!await db.People.AnyAsync(p => p.Id == personId, ct))
        {
            errors.Add("personId", $"No person {personId}.");
        }

        if (requireVersion && request.Version is null)
        {
            errors.Add("version", "Version is required: send the version you last read.");
        }

        return errors.Any ? errors.ToError() : (from!.Value, to!.Value);
    }

    private static IQueryable<AllocationRow> Rows(TpmHubDbContext db, IQueryable<Allocation> allocations) =>
        from a in allocations
        join p in db.People on a.PersonId equals p.Id
        select new AllocationRow(a.Id, a.PersonId, p.Name, p.Title, a.Percent, a.From, a.To, a.Version);

    private static Error NotFound(Guid id) => AccessRefusals.NotFound("Allocation", id.ToString());
}
