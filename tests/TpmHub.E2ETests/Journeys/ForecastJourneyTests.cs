using Microsoft.Playwright;
using TpmHub.E2ETests.Infrastructure;
using TpmHub.Web.Seeding;

namespace TpmHub.E2ETests.Journeys;

/// <summary>
/// Issue 14: a lead opens CLD's Forecast tab, reads the demo forecast (P80 date and cost, what drives it), runs another
/// with a different seed and no risks, watches it finish, and compares the two; a stakeholder reads the forecast but
/// cannot run one, and the dashboard says it in a sentence.
/// </summary>
[Collection(BrowserAppCollection.Name)]
public sealed class ForecastJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task Lead_ReadsTheDemoForecast_RunsAnotherWithoutRisks_AndComparesThem()
    {
        var page = await app.SignedInPageAsync(DemoSeeder.LeadEmail, path: "/projects/CLD?tab=forecast");
        var result = page.GetByTestId("forecast-result");
        await Assertions.Expect(page.GetByTestId("forecast-sentence")).ToContainTextAsync("80 % likely to finish by", new() { Timeout = 30_000 });
        await Assertions.Expect(result.GetByTestId("forecast-p80")).ToContainTextAsync("working days");
        await Assertions.Expect(page.GetByTestId("forecast-drivers")).ToContainTextAsync("CLD-");
        await Assertions.Expect(page.GetByTestId("forecast-chart").Locator("rect")).Not.ToHaveCountAsync(0);
        await page.ShotAsync("forecast");

        var form = page.GetByTestId("forecast-run-form");
        await form.GetByLabel("Runs").FillAsync("2000");
        await form.GetByLabel("Seed (optional)").FillAsync("99");
        await form.GetByLabel("Include open risks").UncheckAsync();
        await form.GetByRole(AriaRole.Button, new() { Name = "Run forecast" }).ClickAsync();
        var history = page.GetByTestId("forecast-history");
        await Assertions.Expect(history.Locator("tbody tr")).ToHaveCountAsync(2, new() { Timeout = 30_000 });
        await Assertions.Expect(history.Locator("tbody tr").First).ToContainTextAsync("done", new() { Timeout = 30_000 });
        await Assertions.Expect(history.Locator("tbody tr").First).ToContainTextAsync("seed 99, no risks");
        await Assertions.Expect(page.GetByTestId("forecast-result")).ToContainTextAsync("seed 99");

        await history.GetByRole(AriaRole.Checkbox).Nth(0).CheckAsync();
        await history.GetByRole(AriaRole.Checkbox).Nth(1).CheckAsync();
        var compare = page.GetByTestId("forecast-compare");
        await Assertions.Expect(compare).ToContainTextAsync("P80 finish");
        await Assertions.Expect(compare).ToContainTextAsync("with risks");
        await page.ShotAsync("forecast-compare");
    }

    [Fact]
    public async Task Stakeholder_ReadsTheForecast_ButCannotRunOne()
    {
        var page = await app.SignedInPageAsync(DemoSeeder.StakeholderEmail, path: "/projects/CLD?tab=forecast");
        await Assertions.Expect(page.GetByTestId("forecast-sentence")).ToContainTextAsync("80 % likely to finish by", new() { Timeout = 30_000 });
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Run forecast" })).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("forecast-run-form")).ToContainTextAsync("Team leads run forecasts");

        await page.GotoAsync("/projects/CLD/dashboard");
        await Assertions.Expect(page.GetByTestId("dashboard-forecast")).ToContainTextAsync("80 % likely to finish by");
        await Assertions.Expect(page.GetByTestId("dashboard-forecast")).ToContainTextAsync("chance of meeting the target");
        await page.ShotAsync("dashboard-forecast");
    }
}
