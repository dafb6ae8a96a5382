using TpmHub.Core.Common;
using TpmHub.Core.Communications;
using TpmHub.Web.Features.Common;

namespace TpmHub.Web.Features.Communications;

/// <summary>A communication-plan line as the API and the form send it; enums, dates and ids arrive as text for field-named errors.</summary>
public sealed record CommunicationRequest(
    string? Audience,
    IReadOnlyList<string>? StakeholderIds,
    string? What,
    string? Channel,
    string? Frequency,
    string? OwnerId,
    string? NextDue,
    string? Notes,
    uint? Version)
{
    /// <summary>At most this many stakeholders are named in one audience.</summary>
    public const int MaxStakeholders = 50;

    public Result<CommunicationDraft> ToDraft(bool requireVersion)
    {
        var errors = CommunicationRules.Validate(Audience, What, Channel, Notes);
        CommunicationFrequency? frequency = null;
        if (string.IsNullOrWhiteSpace(Frequency))
        {
            errors.Add("frequency", $"frequency is required; use one of {string.Join(", ", Enum.GetValues<CommunicationFrequency>().Select(EnumText.ToApi))}.");
        }
        else
        {
            frequency = RequestParsing.Enum<CommunicationFrequency>(Frequency, "frequency", errors);
        }

        DateOnly? nextDue = null;
        if (string.IsNullOrEmpty(NextDue))
        {
            errors.Add("nextDue", "nextDue is required: the date it is next due (yyyy-MM-dd).");
        }
        else if (InputLimits.Text("nextDue", NextDue, errors))
        {
            nextDue = RequestParsing.Date(NextDue, "nextDue", errors);
            InputLimits.Date("nextDue", nextDue, errors);
        }

        InputLimits.Text("ownerId", OwnerId, errors);
        var stakeholders = new List<Guid>();
        if (StakeholderIds is { } ids && InputLimits.Texts("stakeholderIds", ids, errors))
        {
            if (ids.Count > MaxStakeholders)
            {
                errors.Add("stakeholderIds", $"Name at most {MaxStakeholders} stakeholders; use the audience text for a larger group.");
            }

            foreach (var id in ids)
            {
                if (Guid.TryParse(id, out var parsed))
                {
                    stakeholders.Add(parsed);
                }
                else
                {
                    errors.Add("stakeholderIds", $"'{id}' is not a stakeholder id.");
                }
            }
        }

        if (requireVersion && Version is null)
        {
            errors.Add("version", "Version is required: send the version you last read.");
        }

        return errors.Any
            ? errors.ToError()
            : new CommunicationDraft(Audience!.Trim(), stakeholders.Distinct().ToList(), What!.Trim(), Channel!.Trim(), frequency!.Value,
                string.IsNullOrWhiteSpace(OwnerId) ? null : OwnerId.Trim(), nextDue!.Value, Notes?.Trim() ?? "");
    }
}

public sealed record CommunicationDraft(string Audience, IReadOnlyList<Guid> StakeholderIds, string What, string Channel, CommunicationFrequency Frequency,
    string? OwnerId, DateOnly NextDue, string Notes);

/// <summary>The body of "mark sent": the day it went out (today when left out) and, optionally, the version read.</summary>
public sealed record CommunicationSentRequest(string? On, uint? Version);

/// <summary>A stakeholder named in an audience.</summary>
public sealed record CommunicationAudienceRow(Guid Id, string Name);

/// <summary>A communication-plan line as the API returns it, with whether it is overdue and a sentence saying when it is due.</summary>
public sealed record CommunicationRow(
    Guid Id,
    string Audience,
    IReadOnlyList<CommunicationAudienceRow> Stakeholders,
    string What,
    string Channel,
    CommunicationFrequency Frequency,
    string? OwnerId,
    string? OwnerName,
    DateOnly NextDue,
    DateOnly? LastSentOn,
    string Notes,
    bool Overdue,
    string DueText,
    uint Version);

/// <summary>What "mark sent" answers: the line as it is now, whether its next due date moved, and a sentence that says so.</summary>
public sealed record CommunicationSentResult(CommunicationRow Communication, bool Moved, string Message);

/// <summary>A project member who may own a communication.</summary>
public sealed record CommunicationOwnerOption(string Id, string Name);
