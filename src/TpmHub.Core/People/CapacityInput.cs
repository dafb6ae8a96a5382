namespace TpmHub.Core.People;

/// <summary>What one person's capacity is computed from.</summary>
/// <param name="WeeklyCapacityHours">Hours a week with no time off.</param>
/// <param name="TimeOff">Days away, from and to inclusive.</param>
/// <param name="Allocations">Percent of capacity, from and to inclusive.</param>
/// <param name="Demand">Assigned work: total hours spread evenly over the working days from start to finish.</param>
public sealed record CapacityInput(
    decimal WeeklyCapacityHours,
    IReadOnlyList<(DateOnly From, DateOnly To)> TimeOff,
    IReadOnlyList<(int Percent, DateOnly From, DateOnly To)> Allocations,
    IReadOnlyList<(decimal Hours, DateOnly Start, DateOnly Finish)> Demand);
