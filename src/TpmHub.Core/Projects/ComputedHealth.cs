namespace TpmHub.Core.Projects;

/// <summary>
/// A project's health computed from its parts: the worst rating among the parts that can be rated (red over amber over
/// green); green when none can be rated yet. <see cref="Reasons"/> holds one sentence per part, worst part first.
/// </summary>
public sealed record ComputedHealth(ProjectHealth Rating, HealthPart Schedule, HealthPart Budget, HealthPart Risk, IReadOnlyList<string> Reasons)
{
    public static ComputedHealth From(HealthPart schedule, HealthPart budget, HealthPart risk)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(budget);
        ArgumentNullException.ThrowIfNull(risk);
        HealthPart[] parts = [schedule, budget, risk];
        var rated = parts.Where(p => p.Rating is not null).ToList();
        var rating = rated.Count == 0 ? ProjectHealth.Green : rated.Max(p => p.Rating!.Value);
        // Worst first, then in the fixed order schedule, budget, risk (a stable sort keeps it).
        var reasons = parts.OrderByDescending(p => p.Rating ?? (ProjectHealth)(-1)).Select(p => p.Reason).ToList();
        return new ComputedHealth(rating, schedule, budget, risk, reasons);
    }
}
