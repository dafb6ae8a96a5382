namespace TpmHub.Web.Features.Risks.Assessments;

/// <summary>Per project: risks whose review date has passed, and external dependencies past their needed-by date.</summary>
public sealed record RaidOverdueRow(string ProjectKey, int OverdueReviews, int OverdueDependencies);
