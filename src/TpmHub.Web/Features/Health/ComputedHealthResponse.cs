using TpmHub.Core.Projects;

namespace TpmHub.Web.Features.Health;

/// <summary>
/// The computed health in the API: the rating, each part's rating (null when the part has nothing to rate yet) and one
/// sentence per part, worst first.
/// </summary>
public sealed record ComputedHealthResponse(ProjectHealth Rating, ProjectHealth? Schedule, ProjectHealth? Budget, ProjectHealth? Risk, IReadOnlyList<string> Reasons)
{
    public static ComputedHealthResponse From(ComputedHealth c)
    {
        ArgumentNullException.ThrowIfNull(c);
        return new(c.Rating, c.Schedule.Rating, c.Budget.Rating, c.Risk.Rating, c.Reasons);
    }
}
