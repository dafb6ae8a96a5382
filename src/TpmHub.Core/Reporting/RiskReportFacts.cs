using System.Text;

namespace TpmHub.Core.Reporting;

/// <summary>The risk section: how many risks are open, the top ones by score with their mitigations, and what changed in the period.</summary>
public sealed record RiskReportFacts(int OpenRisks, IReadOnlyList<ReportRisk> Top, IReadOnlyList<ReportRiskChange> Changes) : IReportSectionContent
{
    public const string Key = "risks";

    public string? Headline => Top.Count == 0
        ? null
        : $"{Capital(PlainLanguage.Count(OpenRisks, "open risk"))}; the highest is {ReportMarkdown.Inline(Top[0].Key)} (score {Top[0].Score}, {Top[0].Band.ToString().ToLowerInvariant()}).";

    public StatusReportSection ToSection()
    {
        var md = new StringBuilder();
        if (OpenRisks == 0)
        {
            md.AppendLine("No risk is open.");
        }
        else
        {
            md.Append(Capital(PlainLanguage.Count(OpenRisks, "open risk"))).AppendLine(Top.Count < OpenRisks ? $"; the {PlainLanguage.Number(Top.Count)} highest by score:" : ":").AppendLine();
            foreach (var r in Top)
            {
                md.Append("- ").Append(ReportMarkdown.Item(r.Key, r.Title)).Append(" — score ").Append(r.Score).Append(" (").Append(r.Band.ToString().ToLowerInvariant())
                    .Append("), owner ").Append(r.Owner is { Length: > 0 } owner ? ReportMarkdown.Inline(owner) : "not assigned").Append(". ");
                md.AppendLine(string.IsNullOrWhiteSpace(r.Mitigation) ? "*No mitigation written yet.*" : "Mitigation: " + ReportMarkdown.Inline(r.Mitigation));
            }
        }

        md.AppendLine().AppendLine("**Changes in the period**").AppendLine();
        if (Changes.Count == 0)
        {
            md.AppendLine("- No risk was raised, closed, realised or re-scored.");
        }

        foreach (var c in Changes)
        {
            md.Append("- ").Append(ReportMarkdown.Item(c.Key, c.Title)).AppendLine(c.Kind switch
            {
                RiskChangeKind.Raised => c.To is { } score ? $" — raised (score {score})." : " — raised.",
                RiskChangeKind.Closed => " — closed.",
                RiskChangeKind.Realised => " — happened, and is now handled as an issue.",
                RiskChangeKind.ScoreUp => $" — score up from {c.From} to {c.To}.",
                _ => $" — score down from {c.From} to {c.To}.",
            });
        }

        return new StatusReportSection(Key, "Top risks", md.ToString());
    }

    private static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
