using TpmHub.Core.Common;
using TpmHub.Core.Decisions;
using TpmHub.Web.Features.Common;

namespace TpmHub.Web.Features.Decisions;

/// <summary>A decision as the API and the form send it; status and date arrive as text for field-named errors.</summary>
/// <param name="Links">Keys of work items (<c>CLD-12</c>) and RAID entries (<c>CLD-R3</c>) of the same project.</param>
/// <param name="SupersededBy">The id or key (<c>CLD-D4</c>) of the decision of the same project that replaced this one.</param>
public sealed record DecisionRequest(
    string? Title,
    string? Context,
    string? Decision,
    string? Alternatives,
    string? Consequences,
    string? DecidedBy,
    string? DecidedOn,
    string? Status,
    IReadOnlyList<string>? Links,
    string? SupersededBy,
    uint? Version)
{
    public Result<DecisionDraft> ToDraft(bool requireVersion)
    {
        // Parse failures come first, so a date that does not parse is not also reported as missing.
        var errors = new ValidationErrors();
        var status = string.IsNullOrWhiteSpace(Status) ? DecisionStatus.Proposed : RequestParsing.Enum<DecisionStatus>(Status, "status", errors);
        DateOnly? decidedOn = null;
        if (InputLimits.Text("decidedOn", DecidedOn, errors))
        {
            decidedOn = RequestParsing.Date(DecidedOn, "decidedOn", errors);
        }

        var rules = DecisionRules.Validate(Title, Context, Decision, Alternatives, Consequences, DecidedBy, status, decidedOn);
        foreach (var (field, messages) in rules.ToDictionary().Where(f => !errors.Has(f.Key)))
        {
            foreach (var message in messages)
            {
                errors.Add(field, message);
            }
        }

        var links = new List<string>();
        if (Links is { } keys && InputLimits.Texts("links", keys, errors))
        {
            if (keys.Count > DecisionRules.MaxLinks)
            {
                errors.Add("links", $"Link at most {DecisionRules.MaxLinks} work items and RAID entries.");
            }

            links.AddRange(keys.Where(k => !string.IsNullOrWhiteSpace(k)).Select(k => k.Trim().ToUpperInvariant()).Distinct());
        }

        InputLimits.Text("supersededBy", SupersededBy, errors);
        if (requireVersion && Version is null)
        {
            errors.Add("version", "Version is required: send the version you last read.");
        }

        return errors.Any
            ? errors.ToError()
            : new DecisionDraft(Title!.Trim(), Context?.Trim() ?? "", Decision!.Trim(), Alternatives?.Trim() ?? "", Consequences?.Trim() ?? "",
                DecidedBy?.Trim() ?? "", decidedOn, status!.Value, links, string.IsNullOrWhiteSpace(SupersededBy) ? null : SupersededBy.Trim());
    }
}

public sealed record DecisionDraft(string Title, string Context, string Decision, string Alternatives, string Consequences, string DecidedBy,
    DateOnly? DecidedOn, DecisionStatus Status, IReadOnlyList<string> Links, string? SupersededBy);

/// <summary>What a decision links to: a work item or a RAID entry of its project.</summary>
public enum DecisionLinkKind
{
    WorkItem,
    RaidEntry,
}

/// <summary>A linked work item or RAID entry, with its title.</summary>
public sealed record DecisionLinkRow(string Key, DecisionLinkKind Kind, string Title);

/// <summary>Another decision, as one decision names it (superseded by, supersedes).</summary>
public sealed record DecisionRef(Guid Id, string Key, string Title, DecisionStatus Status);

/// <summary>A decision as the API returns it: its links with titles, what superseded it and what it superseded.</summary>
public sealed record DecisionRow(
    Guid Id,
    string Key,
    string Title,
    string Context,
    string Decision,
    string Alternatives,
    string Consequences,
    string DecidedBy,
    DateOnly? DecidedOn,
    DecisionStatus Status,
    IReadOnlyList<DecisionLinkRow> Links,
    DecisionRef? SupersededBy,
    IReadOnlyList<DecisionRef> Supersedes,
    uint Version);
