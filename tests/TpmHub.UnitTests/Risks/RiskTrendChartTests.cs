using Bunit;
using TpmHub.Core.Risks;
using TpmHub.UnitTests.Testing;
using TpmHub.Web.Features.Risks.Assessments;

namespace TpmHub.UnitTests.Risks;

public sealed class RiskTrendChartTests
{
    [Fact]
    public async Task Render_Weeks_LatestValuesAsTextAndBothLines()
    {
        await using var ctx = MudTestContext.Create();
        var monday = new DateOnly(2026, 11, 2);
        RiskTrendPoint[] points = [new(monday, 10, 50_000m), new(monday.AddDays(7), 42, 120_000m)];

        var cut = ctx.Render<RiskTrendChart>(p => p.Add(c => c.Points, points).Add(c => c.Currency, "USD"));

        var latest = cut.Find("[data-testid=trend-latest]");
        latest.TextContent.Should().MatchRegex(@"Total score\s+42\s+·\s+exposure\s+120,000 USD");
        latest.GetAttribute("data-total-score").Should().Be("42");
        latest.GetAttribute("data-exposure").Should().Be("120000");
        cut.FindAll("polyline").Should().HaveCount(2);
        cut.FindAll("[data-testid=trend-empty]").Should().BeEmpty();
    }

    [Fact]
    public async Task Render_OnlyZeroWeeks_EmptyStateButLatestStillReadable()
    {
        await using var ctx = MudTestContext.Create();

        var cut = ctx.Render<RiskTrendChart>(p => p.Add(c => c.Points, [new RiskTrendPoint(new DateOnly(2026, 11, 2), 0, 0m)]).Add(c => c.Currency, "EUR"));

        cut.Find("[data-testid=trend-empty]").Should().NotBeNull();
        cut.Find("[data-testid=trend-latest]").GetAttribute("data-total-score").Should().Be("0");
        cut.FindAll("svg polyline").Should().BeEmpty();
    }
}
