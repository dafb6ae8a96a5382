using System.Globalization;
using TpmHub.Core.Common;
using TpmHub.Core.Risks;
using TpmHub.Web.Features.Common;

namespace TpmHub.Web.Features.Risks;

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
        var kind = Parse<RaidKind>(Kind, "kind", errors);
        if (Kind is null)
        {
            errors.Add("kind", "kind is required: risk, assumption, issue or dependency.");
        }

        var draft = new RaidDraft(
            kind, Title, Description, string.IsNullOrEmpty(OwnerId) ? null : OwnerId, Parse<RaidStatus>(Status, "status", errors), Date(DueDate, "dueDate", errors),
            Parse<RiskCategory>(Category, "category", errors), Probability, Impact, Parse<RiskResponse>(Response, "response", errors),
            MitigationPlan, ContingencyPlan, Trigger, CostImpact, ScheduleImpactDays, ResidualProbability, ResidualImpact, Date(ReviewDate, "reviewDate", errors),
            ValidationMethod, Date(ValidateBy, "validateBy", errors), Parse<IssueSeverity>(Severity, "severity", errors), Resolution,
            Date(ResolvedOn, "resolvedOn", errors), ExternalParty, Need, Date(NeededBy, "neededBy", errors), WorkItemKeys);
        if (requireVersion && Version is null)
        {
            errors.Add("version", "Version is required: send the version you last read.");
        }

        return errors.Any ? errors.ToError() : draft;
    }

    private static T? Parse<T>(string? text, string field, ValidationErrors errors) where T : struct, Enum
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (EnumText.TryParse<T>(text, out var value))
        {
            return value;
        }

        errors.Add(field, $"'{text}' is not a valid {field}; use one of {string.Join(", ", Enum.GetValues<T>().Select(EnumText.ToApi))}.");
        return null;
    }

    private static DateOnly? Date(string? text, string field, ValidationErrors errors)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors.Add(field, $"'{text}' is not a date in the form yyyy-MM-dd.");
        return null;
    }
}
