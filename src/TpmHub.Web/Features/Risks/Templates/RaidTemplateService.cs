using Microsoft.EntityFrameworkCore;
using TpmHub.Core.Common;
using TpmHub.Core.Projects;
using TpmHub.Core.Risks;
using TpmHub.Web.Data;
using TpmHub.Web.Features.Access;
using TpmHub.Web.Features.Risks.Register;

namespace TpmHub.Web.Features.Risks.Templates;

/// <summary>The typical risks of a project's kind, and adding the chosen ones to its register.</summary>
public sealed class RaidTemplateService(IDbContextFactory<TpmHubDbContext> dbFactory, RaidService register, TimeProvider time)
{
    /// <summary>The templates for the project's kind.</summary>
    public async Task<IReadOnlyList<RiskTemplate>> ForProjectAsync(ProjectAccess project, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(project);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var kind = await db.Projects.AsNoTracking().Where(p => p.Id == project.Id).Select(p => p.Kind).FirstAsync(ct);
        return RiskTemplates.For(kind);
    }

    /// <summary>Adds the chosen templates as open risks owned by the caller, due for review after the usual cadence; returns the new entries.</summary>
    public async Task<Result<IReadOnlyList<RaidEntryDetails>>> AddAsync(ProjectAccess project, IReadOnlyList<string> templateIds, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(templateIds);
        var templates = templateIds.Distinct().Select(id => (id, Template: RiskTemplates.Find(id))).ToList();
        var unknown = templates.Where(t => t.Template is null).Select(t => t.id).ToList();
        if (unknown.Count > 0)
        {
            return Error.Invalid("templateIds", "Unknown templates: " + string.Join(", ", unknown) + ".");
        }

        if (templates.Count == 0)
        {
            return Error.Invalid("templateIds", "Choose at least one template.");
        }

        var user = project.User;
        var added = new List<RaidEntryDetails>();
        foreach (var (_, t) in templates)
        {
            var review = RaidDue.DefaultReviewDate(RaidEntryReads.Today(time));
            // The lead who adds them owns them; an admin (often not a member) leaves the owner open.
            var result = await register.CreateAsync(project, new RaidDraft(RaidKind.Risk, t!.Title, "", user.IsAdmin ? null : user.UserId, RaidStatus.Open,
                null, t.Category, t.Probability, t.Impact, t.Response, t.MitigationPlan, t.ContingencyPlan, t.Trigger, ReviewDate: review), ct);
            if (!result.IsSuccess)
            {
                return result.Error!;
            }

            added.Add(result.Value!);
        }

        return added;
    }
}
