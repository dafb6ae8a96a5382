using System.Net.Http.Json;
using System.Text.Json.Nodes;
using TpmHub.IntegrationTests.Infrastructure;
using static TpmHub.IntegrationTests.Budget.BudgetApi;

namespace TpmHub.IntegrationTests.Budget;

/// <summary>The portfolio shows each project's CPI, SPI and budget health as the Budget tab computes them, and money per currency.</summary>
[Collection(TpmHubAppCollection.Name)]
public sealed class PortfolioBudgetTests(TpmHubApp app)
{
    [Fact]
    public async Task Portfolio_ShowsTheSameCpiAndSpiAsEarnedValue_AndTotalsMoneyPerCurrency()
    {
        var s = MondayWeeksAgo(6);
        var work = await NewProjectAsync(app, s);
        var a = await work.AddItemAsync("Build", 10, budget: 10_000m);
        await CreatedAsync(await work.Client.PostAsJsonAsync($"/api/v1/projects/{work.ProjectKey}/baselines", new { name = "Approved" }));
        await ProgressAsync(work, a, 40, s.AddDays(7));
        await ExpenseAsync(work, s.AddDays(3), 5_000m);
        await ExpenseAsync(work, s.AddDays(4), 500m, kind: "refund");
        await LineAsync(work, "labour", Iso(s).Substring(0, 7), 12_000m);

        var ev = await OkAsync(await work.Client.GetAsync($"/api/v1/projects/{work.ProjectKey}/earned-value"));
        var portfolio = await OkAsync(await work.Client.GetAsync("/api/v1/portfolio"));

        portfolio["budget"].Should().NotBeNull(portfolio.ToJsonString());
        var row = portfolio["budget"]![work.ProjectKey]!.AsObject();
        Maybe(row["cpi"]).Should().Be(Maybe(ev["cpi"])).And.Be(0.8889m, "EV 4,000 against AC 4,500");
        Maybe(row["spi"]).Should().Be(Maybe(ev["spi"])).And.Be(0.4m);
        row["health"]!.GetValue<string>().Should().Be("red").And.Be(ev["health"]!.GetValue<string>());
        Money(row["budgeted"]).Should().Be(12_000m);
        Money(row["ac"]).Should().Be(4_500m);

        // The lead sees only their projects; every visible project in USD adds to the USD totals, nothing is converted.
        var usd = portfolio["budgetByCurrency"]!["USD"]!.AsObject();
        var visibleUsd = portfolio["budget"]!.AsObject().Select(p => Money(p.Value!["ac"])).Sum();
        Money(usd["ac"]).Should().Be(visibleUsd);
        Money(usd["budgeted"]).Should().BeGreaterThanOrEqualTo(12_000m);
    }
}
