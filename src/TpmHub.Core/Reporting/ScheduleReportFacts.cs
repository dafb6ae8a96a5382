using System.Text;

namespace TpmHub.Core.Reporting;

/// <summary>
/// The schedule section: the forecast finish against the latest baseline's, the slip of the critical path in working
/// days (null without a baseline), the unfinished critical work that slipped, and work close to becoming critical.
/// </summary>
public sealed record ScheduleReportFacts(
    string? BaselineName,
    DateOnly? BaselineFinish,
    DateOnly? ForecastFinish,
    int? SlipDays,
    IReadOnlyList<ReportWorkItem> LateCriticalWork,
    IReadOnlyList<ReportWorkItem> NearCriticalWork,
    string? Likelihood = null) : IReportSectionContent
{
    public const string Key = "schedule";

    public string? Headline => ForecastFinish is null ? null : PlainLanguage.CriticalPathSlip(SlipDays);

    public StatusReportSection ToSection()
    {
        var md = new StringBuilder();
        if (ForecastFinish is not { } forecast)
        {
            md.AppendLine("Nothing is scheduled yet.");
            return new StatusReportSection(Key, "Schedule", md.ToString());
        }

        md.AppendLine(PlainLanguage.CriticalPathSlip(SlipDays)).AppendLine();
        md.Append("The plan now finishes on **").Append(ReportMarkdown.Date(forecast)).Append("**");
        md.AppendLine(BaselineFinish is { } planned
            ? $"; the baseline \"{ReportMarkdown.Inline(BaselineName)}\" finished on {ReportMarkdown.Date(planned)}."
            : ". Save a baseline to track how the end date moves.");
        if (Likelihood is { Length: > 0 } likely)
        {
            md.AppendLine().Append("**How likely:** ").AppendLine(ReportMarkdown.Inline(likely));
        }

        if (LateCriticalWork.Count > 0)
        {
            md.AppendLine().AppendLine("**Late work on the critical path**").AppendLine();
            foreach (var item in LateCriticalWork)
            {
                md.Append("- ").Append(ReportMarkdown.Item(item.Key, item.Title));
                md.Append(item.Date is { } d ? $" — finishes {ReportMarkdown.Date(d)}" : "");
                md.AppendLine(item.SlipDays is { } slip && slip > 0 ? $", {PlainLanguage.Count(slip, "working day")} later than the baseline" : "");
            }
        }

        if (NearCriticalWork.Count > 0)
        {
            md.AppendLine().AppendLine("**Close to the critical path**").AppendLine();
            foreach (var item in NearCriticalWork)
            {
                md.Append("- ").Append(ReportMarkdown.Item(item.Key, item.Title)).Append(' ').Append(PlainLanguage.TotalFloat(item.TotalFloat ?? 0)).AppendLine(".");
            }
        }

        return new StatusReportSection(Key, "Schedule", md.ToString());
    }
}
