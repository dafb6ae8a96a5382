using TpmHub.Core.People;

namespace TpmHub.Web.Features.People.Capacity;

/// <summary>An allocation as the API sends it; dates as text for field-named errors.</summary>
public sealed record AllocationRequest(Guid? PersonId, int? Percent, string? From, string? To, uint? Version);

/// <summary>An allocation as read back.</summary>
public sealed record AllocationRow(Guid Id, Guid PersonId, string PersonName, string Title, int Percent, DateOnly From, DateOnly To, uint Version);

/// <summary>One person's weeks in the capacity view.</summary>
public sealed record CapacityRow(Guid PersonId, string Name, string Title, string Team, decimal WeeklyCapacityHours, IReadOnlyList<CapacityWeek> Weeks);
