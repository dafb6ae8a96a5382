using TpmHub.Core.Risks;
using TpmHub.Web.Features.Risks;
using TpmHub.Web.Features.Risks.Export;

namespace TpmHub.UnitTests.Risks;

public sealed class RaidCsvTests
{
    private static RaidEntryDetails Entry(string title, string mitigation = "") => new(
        "CLD-R1", "CLD", RaidKind.Risk, title, "", null, null, RaidStatus.Open, new DateOnly(2026, 3, 2), null, RiskCategory.Vendor, 4, 5, 20,
        RiskBand.Critical, RiskResponse.Mitigate, mitigation, "", "", 1000m, 700m, null, null, null, null, null, null, false, "", null, null, "", null,
        null, null, "", "", null, false, ["CLD-3"], 1);

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil\")")]
    [InlineData("+1+2")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1)")]
    public void Write_FormulaLikeCell_IsEscapedSoASpreadsheetShowsText(string title)
    {
        var csv = RaidCsv.Write([Entry(title)]);

        var line = csv.Split('\n')[1];
        line.Should().Contain("'" + title[0]);
        line.Should().NotContain("," + title[0]).And.NotContain(",\"" + title[0]);
    }

    [Fact]
    public void Write_PlainEntry_HasHeaderScoreBandAndLinks()
    {
        var csv = RaidCsv.Write([Entry("Vendor lock-in", "Keep, exit \"paths\"")]);

        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[0].Should().StartWith("Key,Kind,Title,Status");
        lines[1].Should().StartWith("CLD-R1,Risk,Vendor lock-in,Open").And.Contain(",20,Critical,").And.Contain("\"Keep, exit \"\"paths\"\"\"").And.Contain("CLD-3");
    }
}
