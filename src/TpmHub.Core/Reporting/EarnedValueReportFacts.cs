using System.Globalization;
using System.Text;

namespace TpmHub.Core.Reporting;

/// <summary>
/// The earned-value section at the end of the period: schedule (SPI), cost (CPI) and the cost forecast (EAC against
/// BAC) in sentences, with the figures themselves underneath for readers who want them. Ratios are null where
/// DESIGN.md says they are absent.
/// </summary>
public sealed record EarnedValueReportFacts(DateOnly AsOf, string Currency, decimal Bac, decimal? Spi, decimal? Cpi, decimal? Eac, string Basis)
    : IReportSectionContent
{
    public const string Key = "earnedValue";

    public string? Headline => Bac == 0 ? null : $"{PlainLanguage.Spi(Spi)} {PlainLanguage.Cpi(Cpi, Currency)}";

    public StatusReportSection ToSection()
    {
        var md = new StringBuilder();
        if (Bac == 0)
        {
            md.AppendLine("No work has a budget yet, so schedule and cost performance cannot be measured.");
            return new StatusReportSection(Key, "Earned value", md.ToString());
        }

        md.Append("As of ").Append(ReportMarkdown.Date(AsOf)).AppendLine(":").AppendLine();
        md.Append("- **Schedule:** ").AppendLine(PlainLanguage.Spi(Spi));
        md.Append("- **Cost:** ").AppendLine(PlainLanguage.Cpi(Cpi, Currency));
        md.Append("- **Forecast:** ").AppendLine(PlainLanguage.Eac(Eac, Bac, Currency));
        md.AppendLine();
        md.Append("SPI ").Append(Ratio(Spi)).Append(" · CPI ").Append(Ratio(Cpi)).Append(" · EAC ")
            .Append(Eac is { } eac ? PlainLanguage.Money(eac, Currency) : "not measurable yet").Append(" · BAC ").Append(PlainLanguage.Money(Bac, Currency))
            .Append(". ").AppendLine(ReportMarkdown.Inline(Basis));
        return new StatusReportSection(Key, "Earned value", md.ToString());
    }

    private static string Ratio(decimal? ratio) => ratio?.ToString("0.00", CultureInfo.InvariantCulture) ?? "not measurable yet";
}
