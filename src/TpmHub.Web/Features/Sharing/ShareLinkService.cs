using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using TpmHub.Core.Common;
using TpmHub.Core.Sharing;
using TpmHub.Web.Data;
using TpmHub.Web.Features.Access;

namespace TpmHub.Web.Features.Sharing;

/// <summary>
/// Share links of a project: made and revoked by its leads, opened by anyone holding the token until it expires or is
/// revoked. The token is never stored, logged or listed; each opening is recorded with the viewer's address hashed.
/// </summary>
public sealed class ShareLinkService(IDbContextFactory<TpmHubDbContext> dbFactory, IPasswordHasher<ShareLink> hasher, TimeProvider time)
{
    private DateOnly Today => DateOnly.FromDateTime(time.GetLocalNow().DateTime);

    public async Task<Result<IReadOnlyList<ShareLinkRow>>> ListAsync(ProjectAccess project, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(project);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var links = await (
            from l in db.ShareLinks.AsNoTracking().Where(l => l.ProjectId == project.Id)
            join u in db.Users on l.CreatedBy equals u.Id into creators
            from u in creators.DefaultIfEmpty()
            orderby l.CreatedAt descending
            select new
            {
                Link = l,
                By = u != null ? u.DisplayName : "a former user",
                Views = db.ShareLinkViews.Count(v => v.ShareLinkId == l.Id),
                Viewers = db.ShareLinkViews.Where(v => v.ShareLinkId == l.Id).Select(v => v.AddressHash).Distinct().Count(),
                Last = db.ShareLinkViews.Where(v => v.ShareLinkId == l.Id).Max(v => (DateTimeOffset?)v.At),
            }).ToListAsync(ct);
        var today = Today;
        return links.Select(x => new ShareLinkRow(x.Link.Id, x.Link.Label, x.Link.ExpiresOn, x.Link.PasswordHash is not null,
            ShareLinkRules.Status(x.Link, today), x.By, x.Link.CreatedAt, x.Link.RevokedAt, x.Views, x.Viewers, x.Last)).ToList();
    }

    /// <summary>Makes a link; <paramref name="baseUrl"/> is the app's absolute address (e.g. <c>https://tpmhub.example/</c>).</summary>
    public async Task<Result<ShareLinkCreated>> CreateAsync(ProjectAccess project, ShareLinkRequest request, string baseUrl, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(baseUrl);
        var errors = new ValidationErrors();
        DateOnly? expires = null;
        if (!string.IsNullOrWhiteSpace(request.ExpiresOn))
        {
            if (DateOnly.TryParseExact(request.ExpiresOn.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                expires = parsed;
            }
            else
            {
                errors.Add("expiresOn", $"'{request.ExpiresOn}' is not a date in the form yyyy-MM-dd.");
            }
        }

        var password = string.IsNullOrEmpty(request.Password) ? null : request.Password;
        if (!errors.Any)
        {
            errors = ShareLinkRules.Validate(expires, password, request.Label, Today);
        }

        if (errors.Any)
        {
            return errors.ToError();
        }

        var token = ShareLinkTokens.NewToken();
        var link = new ShareLink
        {
            Id = Guid.CreateVersion7(),
            ProjectId = project.Id,
            TokenHash = ShareLinkTokens.Hash(token),
            Label = request.Label?.Trim() ?? "",
            ExpiresOn = expires!.Value,
            CreatedBy = project.User.UserId,
            CreatedAt = time.GetUtcNow(),
        };
        link.PasswordHash = password is null ? null : hasher.HashPassword(link, password);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.ShareLinks.Add(link);
        await db.SaveChangesAsync(ct);
        return new ShareLinkCreated(link.Id, $"{baseUrl.TrimEnd('/')}/share/{token}", link.ExpiresOn, link.Label, link.PasswordHash is not null);
    }

    /// <summary>Revokes a link at once: the next opening shows "no longer valid". Revoking twice is harmless.</summary>
    public async Task<Result<ShareLinkRow>> RevokeAsync(ProjectAccess project, Guid id, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(project);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var link = await db.ShareLinks.SingleOrDefaultAsync(l => l.Id == id && l.ProjectId == project.Id, ct);
        if (link is null)
        {
            return AccessRefusals.NotFound("Share link", id.ToString());
        }

        if (link.RevokedAt is null)
        {
            (link.RevokedAt, link.RevokedBy) = (time.GetUtcNow(), project.User.UserId);
            await db.SaveChangesAsync(ct);
        }

        return (await ListAsync(project, ct)).Value!.Single(l => l.Id == id);
    }

    /// <summary>The live link a token opens, or null (unknown, expired or revoked: the holder sees one and the same "no longer valid").</summary>
    public async Task<ShareLink?> ResolveAsync(string? token, CancellationToken ct = default)
    {
        if (!ShareLinkTokens.LooksLikeToken(token))
        {
            return null;
        }

        var hash = ShareLinkTokens.Hash(token!);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var link = await db.ShareLinks.AsNoTracking().SingleOrDefaultAsync(l => l.TokenHash == hash, ct);
        return link is not null && ShareLinkRules.IsLive(link, Today) ? link : null;
    }

    public bool CheckPassword(ShareLink link, string? password)
    {
        ArgumentNullException.ThrowIfNull(link);
        return link.PasswordHash is null
            || (!string.IsNullOrEmpty(password) && password.Length <= ShareLinkRules.PasswordMaxLength
                && hasher.VerifyHashedPassword(link, link.PasswordHash, password) != PasswordVerificationResult.Failed);
    }

    public async Task RecordViewAsync(ShareLink link, IPAddress? address, string what, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(link);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.ShareLinkViews.Add(new ShareLinkView
        {
            ShareLinkId = link.Id, At = time.GetUtcNow(), AddressHash = ShareLinkTokens.AddressHash(link.Id, address), What = what,
        });
        await db.SaveChangesAsync(ct);
    }
}
