namespace TpmHub.Web.Features.StatusReports;

/// <summary>The place of each section in a report, with gaps so a new section slots in without renumbering.</summary>
public static class StatusReportSectionOrder
{
    public const int Health = 10;
    public const int Progress = 20;
    public const int Schedule = 30;
    public const int EarnedValue = 40;
    public const int Risks = 50;

    /// <summary>Reserved for the decision log's section (decisions taken in the period).</summary>
    public const int Decisions = 60;

    public const int Asks = 70;
}
