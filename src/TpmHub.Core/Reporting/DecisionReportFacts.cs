using System.Text;

namespace TpmHub.Core.Reporting;

/// <summary>The decisions section: what was decided in the period (accepted, rejected or superseded) and what still waits for a decision.</summary>
public sealed record DecisionReportFacts(IReadOnlyList<ReportDecision> Decided, IReadOnlyList<ReportDecision> Waiting) : IReportSectionContent
{
    public const string Key = "decisions";

    public string? Headline => (Decided.Count, Waiting.Count) switch
    {
        (0, 0) => null,
        (0, var w) => $"{Capital(PlainLanguage.Count(w, "decision"))} still {(w == 1 ? "waits" : "wait")} to be made (see Decisions).",
        (var d, _) => $"{Capital(PlainLanguage.Count(d, "decision"))} {(d == 1 ? "was" : "were")} taken this period (see Decisions).",
    };

    public StatusReportSection ToSection()
    {
        var md = new StringBuilder();
        if (Decided.Count == 0)
        {
            md.AppendLine("No decisions were taken this period.");
        }

        foreach (var d in Decided)
        {
            md.Append("- ").Append(ReportMarkdown.Item(d.Key, d.Title)).Append(" — ").Append(d.Outcome)
                .Append(d.DecidedOn is { } on ? $" on {ReportMarkdown.Date(on)}" : "")
                .Append(string.IsNullOrWhiteSpace(d.Decision) ? "." : $": {ReportMarkdown.Inline(d.Decision)}").AppendLine();
        }

        if (Waiting.Count > 0)
        {
            md.AppendLine().AppendLine("Waiting for a decision:");
            foreach (var d in Waiting)
            {
                md.Append("- ").AppendLine(ReportMarkdown.Item(d.Key, d.Title));
            }
        }

        return new StatusReportSection(Key, "Decisions", md.ToString());
    }

    private static string Capital(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
