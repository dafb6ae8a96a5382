using System.Text;

namespace TpmHub.Core.Reporting;

/// <summary>The asks section: open RAID entries that need help from above (overdue dependencies, open high-severity issues).</summary>
public sealed record AsksReportFacts(IReadOnlyList<ReportAsk> Asks) : IReportSectionContent
{
    public const string Key = "asks";

    public string? Headline => Asks.Count switch
    {
        0 => null,
        1 => "One thing needs the sponsor's help (see Asks).",
        var n => $"{char.ToUpperInvariant(PlainLanguage.Number(n)[0])}{PlainLanguage.Number(n)[1..]} things need the sponsor's help (see Asks).",
    };

    public StatusReportSection ToSection()
    {
        var md = new StringBuilder();
        if (Asks.Count == 0)
        {
            md.AppendLine("Nothing needs the sponsor's help this period.");
        }

        foreach (var ask in Asks)
        {
            md.Append("- ").Append(ReportMarkdown.Item(ask.Key, ask.Title)).Append(" — ").AppendLine(ReportMarkdown.Inline(ask.Why));
        }

        return new StatusReportSection(Key, "Asks", md.ToString());
    }
}
