using TpmHub.Core.People;

namespace TpmHub.Web.Features.People.Capacity;

/// <summary>
/// An allocation as the API sends it; dates as text for field-named errors. A person (<paramref name="PersonId"/>), or a
/// placeholder: no person and a <paramref name="Role"/> with <paramref name="Requirements"/>.
/// </summary>
public sealed record AllocationRequest(
    Guid? PersonId,
    int? Percent,
    string? From,
    string? To,
    uint? Version,
    string? Role = null,
    IReadOnlyList<RoleRequirementRequest>? Requirements = null);

/// <summary>A need of a role: <c>kind</c> skill (with <c>minLevel</c> 1–5) or certification (its code, e.g. PMP); <c>preferred</c> ranks instead of filtering.</summary>
public sealed record RoleRequirementRequest(string? Kind, string? Name, int? MinLevel, bool? Preferred);

/// <summary>Fills a placeholder with a person; its percent, dates, role and requirements stay.</summary>
public sealed record AllocationAssignment(Guid? PersonId, uint? Version);

/// <summary>An allocation as read back; a placeholder has no person and <c>placeholder</c> true.</summary>
public sealed record AllocationRow(
    Guid Id,
    Guid? PersonId,
    string? PersonName,
    string? Title,
    int Percent,
    DateOnly From,
    DateOnly To,
    uint Version,
    string? Role,
    IReadOnlyList<RoleRequirement> Requirements,
    bool Placeholder);

/// <summary>One person's weeks in the capacity view.</summary>
public sealed record CapacityRow(Guid PersonId, string Name, string Title, string Team, decimal WeeklyCapacityHours, IReadOnlyList<CapacityWeek> Weeks);

/// <summary>A placeholder still to fill, in a project the caller sees, with the people who match it and have room (best first).</summary>
public sealed record OpenRole(
    Guid AllocationId,
    string ProjectKey,
    string ProjectName,
    string Role,
    int Percent,
    DateOnly From,
    DateOnly To,
    IReadOnlyList<RoleRequirement> Requirements,
    IReadOnlyList<PlaceholderMatch> Matches);

/// <summary>A person the staffing form offers.</summary>
public sealed record StaffOption(Guid Id, string Name, string Title, string Team);

/// <summary>What the staffing form chooses from: people, and the catalogue's certification codes.</summary>
public sealed record StaffingChoices(IReadOnlyList<StaffOption> People, IReadOnlyList<string> CertificationCodes);
