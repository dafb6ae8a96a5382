using Microsoft.EntityFrameworkCore;
using TpmHub.Core.Certifications;
using TpmHub.Core.Common;
using TpmHub.Web.Data;
using TpmHub.Web.Features.Access;
using TpmHub.Web.Features.Common;
using TpmHub.Web.Features.Identity;

namespace TpmHub.Web.Features.People.Certifications;

/// <summary>
/// The certification catalogue (everyone signed in reads it, admins add to it) and the credentials people hold, with the
/// continuing-education units they log. Credentials are personal: admins and team leads read and write them,
/// stakeholders neither (docs/decisions/0013-people-and-certifications.md). Status and units follow <see cref="CredentialRules"/>.
/// </summary>
public sealed class CertificationService(IDbContextFactory<TpmHubDbContext> dbFactory, TimeProvider time)
{
    public const string AdminsOnly = "Only admins add certifications to the catalogue.";
    public const string WritersOnly = "Only admins and team leads see and manage people's credentials.";

    public DateOnly Today => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    public async Task<IReadOnlyList<CertificationRow>> CatalogueAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Certifications.AsNoTracking().OrderBy(c => c.Code)
            .Select(c => new CertificationRow(c.Id, c.Code, c.Name, c.IssuingBody, c.RenewalYears, c.UnitsRequired, c.UnitName,
                db.PersonCredentials.Count(p => p.CertificationId == c.Id)))
            .ToListAsync(ct);
    }

    public async Task<Result<CertificationRow>> AddCertificationAsync(CurrentUser caller, CertificationRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(request);
        if (!caller.IsAdmin)
        {
            return Error.Forbidden(AdminsOnly);
        }

        var errors = CredentialRules.ValidateCertification(request.Code, request.Name, request.IssuingBody, request.RenewalYears, request.UnitsRequired, request.UnitName);
        if (errors.Any)
        {
            return errors.ToError();
        }

        var code = request.Code!.Trim().ToUpperInvariant();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await db.Certifications.AnyAsync(c => c.Code == code, ct))
        {
            return Error.Invalid("code", $"The catalogue already has {code}.");
        }

        var certification = new Certification
        {
            Id = Guid.CreateVersion7(), Code = code, Name = request.Name!.Trim(), IssuingBody = request.IssuingBody!.Trim(), RenewalYears = request.RenewalYears,
            UnitsRequired = request.UnitsRequired, UnitName = request.UnitName?.Trim() ?? "", CreatedAt = time.GetUtcNow(),
        };
        db.Certifications.Add(certification);
        await db.SaveChangesAsync(ct);
        return new CertificationRow(certification.Id, code, certification.Name, certification.IssuingBody, certification.RenewalYears,
            certification.UnitsRequired, certification.UnitName, 0);
    }

    /// <summary>
    /// Credentials across people, soonest expiry first (those without one last), optionally of one status (worked out for
    /// today in the query) and one certification (code or id).
    /// </summary>
    public async Task<Result<IReadOnlyList<CredentialRow>>> ListAsync(CurrentUser caller, CredentialStatus? status = null, string? certification = null,
        CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (!caller.CanWrite)
        {
            return Error.Forbidden(WritersOnly);
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var query = db.PersonCredentials.AsNoTracking();
        var today = Today;
        var soon = today.AddDays(CredentialRules.ExpiringSoonDays);
        query = status switch
        {
            CredentialStatus.NoExpiry => query.Where(c => c.ExpiresOn == null),
            CredentialStatus.Expired => query.Where(c => c.ExpiresOn < today),
            CredentialStatus.ExpiringSoon => query.Where(c => c.ExpiresOn >= today && c.ExpiresOn <= soon),
            CredentialStatus.Valid => query.Where(c => c.ExpiresOn > soon),
            _ => query,
        };
        if (!string.IsNullOrWhiteSpace(certification))
        {
            var wanted = await FindCertificationAsync(db, certification, ct);
            if (wanted is null)
            {
                return Error.Invalid("certification", $"The catalogue has no certification {certification.Trim()}.");
            }

            query = query.Where(c => c.CertificationId == wanted.Id);
        }

        return (await RowsAsync(db, await query.ToListAsync(ct), ct)).ToList();
    }

    /// <summary>The credentials of one person, soonest expiry first.</summary>
    public async Task<Result<IReadOnlyList<CredentialRow>>> ListForPersonAsync(CurrentUser caller, Guid personId, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (!caller.CanWrite)
        {
            return Error.Forbidden(WritersOnly);
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (!await db.People.AnyAsync(p => p.Id == personId, ct))
        {
            return AccessRefusals.NotFound("Person", personId.ToString());
        }

        return (await RowsAsync(db, await db.PersonCredentials.AsNoTracking().Where(c => c.PersonId == personId).ToListAsync(ct), ct)).ToList();
    }

    public async Task<Result<CredentialRow>> GetAsync(CurrentUser caller, Guid id, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (!caller.CanWrite)
        {
            return Error.Forbidden(WritersOnly);
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var credential = await db.PersonCredentials.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);
        return credential is null ? NotFound(id) : (await RowsAsync(db, [credential], ct))[0];
    }

    public async Task<Result<CredentialRow>> CreateAsync(CurrentUser caller, Guid personId, CredentialRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(request);
        if (!caller.CanWrite)
        {
            return Error.Forbidden(WritersOnly);
        }

        var draft = request.ToDraft(requireVersion: false);
        if (!draft.IsSuccess)
        {
            return draft.Error!;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (!await db.People.AnyAsync(p => p.Id == personId, ct))
        {
            return AccessRefusals.NotFound("Person", personId.ToString());
        }

        var resolved = await ResolveAsync(db, draft.Value!, null, ct);
        if (!resolved.IsSuccess)
        {
            return resolved.Error!;
        }

        var now = time.GetUtcNow();
        var credential = new PersonCredential { Id = Guid.CreateVersion7(), PersonId = personId, CreatedAt = now };
        Apply(credential, draft.Value!, resolved.Value!, now);
        db.PersonCredentials.Add(credential);
        return await SaveAsync(db, caller, credential.Id, ct);
    }

    public async Task<Result<CredentialRow>> UpdateAsync(CurrentUser caller, Guid id, CredentialRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(request);
        if (!caller.CanWrite)
        {
            return Error.Forbidden(WritersOnly);
        }

        var draft = request.ToDraft(requireVersion: true);
        if (!draft.IsSuccess)
        {
            return draft.Error!;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var credential = await db.PersonCredentials.FirstOrDefaultAsync(c => c.Id == id, ct);
        if (credential is null)
        {
            return NotFound(id);
        }

        var resolved = await ResolveAsync(db, draft.Value!, id, ct);
        if (!resolved.IsSuccess)
        {
            return resolved.Error!;
        }

        if (credential.Version != request.Version!.Value)
        {
            return Error.Conflict("Someone else changed this credential after you loaded it. Reload to see their changes.", (await GetAsync(caller, id, ct)).Value);
        }

        Apply(credential, draft.Value!, resolved.Value!, time.GetUtcNow());
        db.Entry(credential).Property(c => c.Version).OriginalValue = request.Version.Value;
        return await SaveAsync(db, caller, id, ct);
    }

    public async Task<Result<bool>> DeleteAsync(CurrentUser caller, Guid id, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (!caller.CanWrite)
        {
            return Error.Forbidden(WritersOnly);
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var credential = await db.PersonCredentials.FirstOrDefaultAsync(c => c.Id == id, ct);
        if (credential is null)
        {
            return NotFound(id);
        }

        db.PersonCredentials.Remove(credential);
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>Logs continuing-education hours against a credential; they must fall in its current cycle (<see cref="CredentialRules.ValidateUnits"/>).</summary>
    public async Task<Result<CredentialRow>> LogUnitsAsync(CurrentUser caller, Guid id, CredentialUnitRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(request);
        if (!caller.CanWrite)
        {
            return Error.Forbidden(WritersOnly);
        }

        var errors = new ValidationErrors();
        var date = InputLimits.Text("date", request.Date, errors) ? RequestParsing.Date(request.Date, "date", errors) : null;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var found = await (from c in db.PersonCredentials
                           join cert in db.Certifications on c.CertificationId equals cert.Id
                           where c.Id == id
                           select new { c.EarnedOn, c.ExpiresOn, cert.RenewalYears }).FirstOrDefaultAsync(ct);
        if (found is null)
        {
            return NotFound(id);
        }

        var rules = CredentialRules.ValidateUnits(date, request.Hours, request.Activity, found.EarnedOn, found.ExpiresOn, found.RenewalYears).ToDictionary();
        foreach (var (field, messages) in rules.Where(f => !errors.Has(f.Key)))
        {
            foreach (var message in messages)
            {
                errors.Add(field, message);
            }
        }

        if (errors.Any)
        {
            return errors.ToError();
        }

        db.CredentialUnits.Add(new CredentialUnit
        {
            Id = Guid.CreateVersion7(), PersonCredentialId = id, Date = date!.Value, Hours = request.Hours!.Value, Activity = request.Activity!.Trim(),
            CreatedAt = time.GetUtcNow(),
        });
        await db.SaveChangesAsync(ct);
        return await GetAsync(caller, id, ct);
    }

    public async Task<Result<CredentialRow>> DeleteUnitAsync(CurrentUser caller, Guid id, Guid unitId, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (!caller.CanWrite)
        {
            return Error.Forbidden(WritersOnly);
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var unit = await db.CredentialUnits.FirstOrDefaultAsync(u => u.Id == unitId && u.PersonCredentialId == id, ct);
        if (unit is null)
        {
            return AccessRefusals.NotFound("Logged units", unitId.ToString());
        }

        db.CredentialUnits.Remove(unit);
        await db.SaveChangesAsync(ct);
        return await GetAsync(caller, id, ct);
    }

    private async Task<Result<CredentialRow>> SaveAsync(TpmHubDbContext db, CurrentUser caller, Guid id, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Error.Conflict("Someone else changed this credential after you loaded it. Reload to see their changes.", (await GetAsync(caller, id, ct)).Value);
        }
        catch (DbUpdateException ex) when (ex.InnerException is Npgsql.PostgresException { SqlState: "23505" })
        {
            return Error.Invalid("credentialId", "Another credential of this certification already has this credential id.");
        }

        return await GetAsync(caller, id, ct);
    }

    /// <summary>The certification named, the expiry (given, or earned plus its cycle) and no other credential of it with the same id.</summary>
    private static async Task<Result<(Certification Certification, DateOnly? ExpiresOn)>> ResolveAsync(TpmHubDbContext db, CredentialDraft draft, Guid? self,
        CancellationToken ct)
    {
        var certification = await FindCertificationAsync(db, draft.Certification, ct);
        if (certification is null)
        {
            return Error.Invalid("certification", $"The catalogue has no certification {draft.Certification}; an admin can add it.");
        }

        if (draft.CredentialNumber.Length > 0)
        {
            var holder = await (from c in db.PersonCredentials
                                join p in db.People on c.PersonId equals p.Id
                                where c.CertificationId == certification.Id && c.CredentialNumber == draft.CredentialNumber && c.Id != self
                                select p.Name).FirstOrDefaultAsync(ct);
            if (holder is not null)
            {
                return Error.Invalid("credentialId", $"{certification.Code} credential {draft.CredentialNumber} is already recorded for {holder}.");
            }
        }

        var expires = draft.ExpiryGiven ? draft.ExpiresOn : CredentialRules.DefaultExpiry(draft.EarnedOn, certification.RenewalYears);
        if (expires is { } e && !InputLimits.IsInWindow(e))
        {
            return Error.Invalid("earnedOn", $"The credential would expire on {e:yyyy-MM-dd}, after {InputLimits.LatestDate:yyyy-MM-dd}.");
        }

        return (certification, expires);
    }

    private static async Task<Certification?> FindCertificationAsync(TpmHubDbContext db, string codeOrId, CancellationToken ct)
    {
        if (Guid.TryParse(codeOrId, out var id))
        {
            return await db.Certifications.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);
        }

        var code = codeOrId.Trim().Replace("\0", "", StringComparison.Ordinal).ToUpperInvariant();
        return await db.Certifications.AsNoTracking().FirstOrDefaultAsync(c => c.Code == code, ct);
    }

    private static void Apply(PersonCredential c, CredentialDraft draft, (Certification Certification, DateOnly? ExpiresOn) resolved, DateTimeOffset now)
    {
        (c.CertificationId, c.CredentialNumber, c.EarnedOn, c.ExpiresOn, c.UpdatedAt) =
            (resolved.Certification.Id, draft.CredentialNumber, draft.EarnedOn, resolved.ExpiresOn, now);
    }

    private async Task<IReadOnlyList<CredentialRow>> RowsAsync(TpmHubDbContext db, IReadOnlyList<PersonCredential> credentials, CancellationToken ct)
    {
        var ids = credentials.Select(c => c.Id).ToList();
        var personIds = credentials.Select(c => c.PersonId).Distinct().ToList();
        var certificationIds = credentials.Select(c => c.CertificationId).Distinct().ToList();
        var people = await db.People.AsNoTracking().Where(p => personIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        var certifications = await db.Certifications.AsNoTracking().Where(c => certificationIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct);
        var units = await db.CredentialUnits.AsNoTracking().Where(u => ids.Contains(u.PersonCredentialId)).OrderByDescending(u => u.Date).ThenBy(u => u.CreatedAt)
            .ToListAsync(ct);
        var today = Today;
        return credentials.Select(c =>
            {
                var cert = certifications[c.CertificationId];
                var own = units.Where(u => u.PersonCredentialId == c.Id).ToList();
                var logged = CredentialRules.UnitsLogged(own.Select(u => (u.Date, u.Hours)), c.EarnedOn, c.ExpiresOn, cert.RenewalYears);
                return new CredentialRow(c.Id, c.PersonId, people.GetValueOrDefault(c.PersonId, ""), cert.Code, cert.Name, cert.IssuingBody, c.CredentialNumber,
                    c.EarnedOn, c.ExpiresOn, CredentialRules.Status(c.ExpiresOn, today), c.ExpiresOn is { } e ? e.DayNumber - today.DayNumber : null,
                    CredentialRules.CycleStart(c.EarnedOn, c.ExpiresOn, cert.RenewalYears), cert.UnitsRequired, logged,
                    CredentialRules.UnitsNeeded(cert.UnitsRequired, logged), cert.UnitName,
                    own.Select(u => new CredentialUnitRow(u.Id, u.Date, u.Hours, u.Activity,
                        CredentialRules.InCycle(u.Date, c.EarnedOn, c.ExpiresOn, cert.RenewalYears))).ToList(),
                    c.Version);
            })
            .OrderBy(r => r.ExpiresOn is null).ThenBy(r => r.ExpiresOn).ThenBy(r => r.PersonName).ToList();
    }

    private static Error NotFound(Guid id) => AccessRefusals.NotFound("Credential", id.ToString());
}
