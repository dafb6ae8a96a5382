using TpmHub.Core.Common;
using TpmHub.Core.Stakeholders;
using TpmHub.Web.Features.Common;

namespace TpmHub.Web.Features.Stakeholders;

/// <summary>A stakeholder as the API and the form send it; engagements arrive as text for field-named errors.</summary>
public sealed record StakeholderRequest(
    string? Name,
    string? Organisation,
    string? Title,
    string? Email,
    string? UserId,
    int? Power,
    int? Interest,
    string? Engagement,
    string? DesiredEngagement,
    string? Strategy,
    string? Preferences,
    uint? Version)
{
    public Result<StakeholderDraft> ToDraft(bool requireVersion)
    {
        var errors = StakeholderRules.Validate(Name, Organisation, Title, Email, Power, Interest, Strategy, Preferences);
        var engagement = Required(Engagement, "engagement", errors);
        var desired = Required(DesiredEngagement, "desiredEngagement", errors);
        InputLimits.Text("userId", UserId, errors);
        if (requireVersion && Version is null)
        {
            errors.Add("version", "Version is required: send the version you last read.");
        }

        return errors.Any
            ? errors.ToError()
            : new StakeholderDraft(Name!.Trim(), Organisation?.Trim() ?? "", Title?.Trim() ?? "", Email?.Trim() ?? "",
                string.IsNullOrWhiteSpace(UserId) ? null : UserId.Trim(), Power!.Value, Interest!.Value, engagement!.Value, desired!.Value,
                Strategy?.Trim() ?? "", Preferences?.Trim() ?? "");
    }

    private static Engagement? Required(string? text, string field, ValidationErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add(field, $"{field} is required; use one of {string.Join(", ", Enum.GetValues<Engagement>().Select(EnumText.ToApi))}.");
            return null;
        }

        return RequestParsing.Enum<Engagement>(text, field, errors);
    }
}

public sealed record StakeholderDraft(string Name, string Organisation, string Title, string Email, string? UserId, int Power, int Interest,
    Engagement Engagement, Engagement DesiredEngagement, string Strategy, string Preferences);

/// <summary>A stakeholder as the API returns it, with the grid quadrant and the engagement gap worked out.</summary>
public sealed record StakeholderRow(
    Guid Id,
    string Name,
    string Organisation,
    string Title,
    string Email,
    string? UserId,
    int Power,
    int Interest,
    Engagement Engagement,
    Engagement DesiredEngagement,
    string Strategy,
    string Preferences,
    StakeholderQuadrant Quadrant,
    int EngagementGap,
    string? GapText,
    uint Version)
{
    public static StakeholderRow From(Stakeholder s) => new(s.Id, s.Name, s.Organisation, s.Title, s.Email, s.UserId, s.Power, s.Interest,
        s.Engagement, s.DesiredEngagement, s.Strategy, s.Preferences, StakeholderRules.Quadrant(s.Power, s.Interest),
        StakeholderRules.Gap(s.Engagement, s.DesiredEngagement), StakeholderRules.GapText(s.Engagement, s.DesiredEngagement), s.Version);
}
