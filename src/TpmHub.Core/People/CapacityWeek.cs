namespace TpmHub.Core.People;

/// <summary>One person's week: hours they can work, hours allocated to projects, hours of assigned work, and whether that is over 100 %.</summary>
public sealed record CapacityWeek(DateOnly Week, decimal CapacityHours, decimal AllocatedHours, decimal DemandHours, bool OverAllocated);
