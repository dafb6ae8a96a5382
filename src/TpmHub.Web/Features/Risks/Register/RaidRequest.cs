using TpmHub.Core.Common;
using TpmHub.Core.Risks;
using TpmHub.Web.Features.Common;

namespace TpmHub.Web.Features.Risks.Register;

/// <summary>A RAID entry as the API accepts it; enums and dates arrive as text so wrong values get field-named messages.</summary>
public sealed record RaidRequest(
    string? Kind,
    string? Title,
    string? Description,
    string? OwnerId,
    string? Status,
    string? DueDate,
    string? Category,
    int? Probability,
    int? Impact,
    string? Response,
    string? MitigationPlan,
    string? ContingencyPlan,
    string? Trigger,
    decimal? CostImpact,
    int? ScheduleImpactDays,
    int? ResidualProbability,
    int? ResidualImpact,
    string? ReviewDate,
    string? ValidationMethod,
    string? ValidateBy,
    string? Severity,
    string? Resolution,
    string? ResolvedOn,
    string? ExternalParty,
    string? Need,
    string? NeededBy,
    IReadOnlyList<string>? WorkItemKeys,
    uint? Version)
{
    public Result<RaidDraft> ToDraft(bool requireVersion)
    {
        var errors = new ValidationErrors();
        var kind = RequestParsing.Enum<RaidKind>(Kind, "kind", errors);
        if (Kind is null)
        {
            errors.Add("kind", "kind is required: risk, assumption, issue or dependency.");
        }

        var draft = new RaidDraft(
            kind, Title, Description, string.IsNullOrEmpty(OwnerId) ? null : OwnerId, RequestParsing.Enum<RaidStatus>(Status, "status", errors), RequestParsing.Date(DueDate, "dueDate", errors),
            RequestParsing.Enum<RiskCategory>(Category, "category", errors), Probability, Impact, RequestParsing.Enum<RiskResponse>(Response, "response", errors),
            MitigationPlan, ContingencyPlan, Trigger, CostImpact, ScheduleImpactDays, ResidualProbability, ResidualImpact, RequestParsing.Date(ReviewDate, "reviewDate", errors),
            ValidationMethod, RequestParsing.Date(ValidateBy, "validateBy", errors), RequestParsing.Enum<IssueSeverity>(Severity, "severity", errors), Resolution,
            RequestParsing.Date(ResolvedOn, "resolvedOn", errors), ExternalParty, Need, RequestParsing.Date(NeededBy, "neededBy", errors), WorkItemKeys);
        if (requireVersion && Version is null)
        {
            errors.Add("version", "Version is required: send the version you last read.");
        }

        return errors.Any ? errors.ToError() : draft;
    }
}
