using System.Text;
using TpmHub.Core.Projects;

namespace TpmHub.Core.Reporting;

/// <summary>
/// The health section: the rating that counts and why, the computed rating with one sentence per part (schedule, budget,
/// risk; worst first), and the lead's override when one is set.
/// </summary>
public sealed record HealthReportFacts(ProjectHealth Effective, string Reason, ProjectHealth Computed, IReadOnlyList<string> PartReasons,
    HealthOverride? Override) : IReportSectionContent
{
    public const string Key = "health";

    public string? Headline => $"Overall health is **{Word(Effective)}**: {ReportMarkdown.Inline(Reason)}";

    public StatusReportSection ToSection()
    {
        var md = new StringBuilder();
        md.Append("**").Append(Effective).Append("** — ").AppendLine(ReportMarkdown.Inline(Reason)).AppendLine();
        if (Override is { } manual)
        {
            md.Append("The lead set this rating by hand (computed from the data: ").Append(Word(Computed)).Append("), ")
                .Append(ReportMarkdown.Date(DateOnly.FromDateTime(manual.At.UtcDateTime))).AppendLine(".").AppendLine();
        }

        md.AppendLine("What the data says:").AppendLine();
        foreach (var reason in PartReasons)
        {
            md.Append("- ").AppendLine(ReportMarkdown.Inline(reason));
        }

        return new StatusReportSection(Key, "Health", md.ToString());
    }

    private static string Word(ProjectHealth health) => health.ToString().ToLowerInvariant();
}
