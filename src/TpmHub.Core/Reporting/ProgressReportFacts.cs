using System.Text;

namespace TpmHub.Core.Reporting;

/// <summary>
/// The progress section: percent complete at the end of the period (work weighted by duration; null when no work is
/// planned) and at its start, how many work items were finished in the period, the milestones reached in it, and the
/// next milestones with their planned dates (one planned before the period's end and not reached is called overdue).
/// </summary>
public sealed record ProgressReportFacts(
    DateOnly PeriodEnd,
    int? PercentComplete,
    int? PercentAtStart,
    int ItemsFinished,
    IReadOnlyList<ReportWorkItem> MilestonesReached,
    IReadOnlyList<ReportWorkItem> NextMilestones) : IReportSectionContent
{
    public const string Key = "progress";

    public string? Headline => PercentComplete is { } percent
        ? $"The work is {percent}% complete{Change()}; {Reached()}."
        : null;

    public StatusReportSection ToSection()
    {
        var md = new StringBuilder();
        md.AppendLine(PercentComplete is { } percent
            ? $"The work is **{percent}% complete**{Change()}."
            : "No work with a duration is planned yet, so there is no percent complete.");
        md.AppendLine().AppendLine(ItemsFinished switch
        {
            0 => "No work item was finished in the period.",
            1 => "One work item was finished in the period.",
            var n => $"{Capital(PlainLanguage.Number(n))} work items were finished in the period.",
        });
        md.AppendLine().AppendLine("**Milestones reached in the period**").AppendLine();
        if (MilestonesReached.Count == 0)
        {
            md.AppendLine("- None.");
        }

        foreach (var m in MilestonesReached)
        {
            md.Append("- ").Append(ReportMarkdown.Item(m.Key, m.Title)).AppendLine(m.Date is { } d ? $" — reached {ReportMarkdown.Date(d)}" : "");
        }

        md.AppendLine().AppendLine("**Next milestones**").AppendLine();
        if (NextMilestones.Count == 0)
        {
            md.AppendLine("- None left to reach.");
        }

        foreach (var m in NextMilestones)
        {
            md.Append("- ").Append(ReportMarkdown.Item(m.Key, m.Title)).AppendLine(m.Date switch
            {
                null => " — not scheduled yet",
                { } d when d < PeriodEnd => $" — planned for {ReportMarkdown.Date(d)}, not reached yet (overdue)",
                { } d => $" — planned for {ReportMarkdown.Date(d)}",
            });
        }

        return new StatusReportSection(Key, "Progress and milestones", md.ToString());
    }

    private string Change() => (PercentComplete, PercentAtStart) switch
    {
        ({ } now, { } then) when now > then => $" (up from {then}% at the start of the period)",
        ({ } now, { } then) when now < then => $" (down from {then}% at the start of the period)",
        ({ }, { }) => " (no change in the period)",
        _ => "",
    };

    private string Reached() => MilestonesReached.Count switch
    {
        0 => "no milestone was reached in the period",
        1 => "one milestone was reached in the period",
        var n => $"{PlainLanguage.Number(n)} milestones were reached in the period",
    };

    private static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
