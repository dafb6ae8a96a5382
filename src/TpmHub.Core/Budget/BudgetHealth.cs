using TpmHub.Core.Projects;

namespace TpmHub.Core.Budget;

/// <summary>
/// The budget part of a project's health, from the shown (4-decimal) CPI and SPI: green when both are at least
/// <see cref="GreenFrom"/>, amber when both are at least <see cref="AmberFrom"/>, red below. A ratio that cannot be
/// computed yet (null) is left out; with neither there is no rating.
/// </summary>
public static class BudgetHealth
{
    public const decimal GreenFrom = 0.95m;

    public const decimal AmberFrom = 0.85m;

    public static string ThresholdText { get; } = "green: CPI and SPI ≥ 0.95; amber: ≥ 0.85; red: below 0.85";

    public static ProjectHealth? Classify(decimal? cpi, decimal? spi)
    {
        decimal? worst = (cpi, spi) switch
        {
            (null, null) => null,
            ({ } c, null) => c,
            (null, { } s) => s,
            ({ } c, { } s) => Math.Min(c, s),
        };
        return worst switch
        {
            null => null,
            >= GreenFrom => ProjectHealth.Green,
            >= AmberFrom => ProjectHealth.Amber,
            _ => ProjectHealth.Red,
        };
    }

    public static string Explain(decimal? cpi, decimal? spi) => Classify(cpi, spi) switch
    {
        null => "No budget rating yet: nothing has been planned or spent by this date.",
        var health => $"Budget {health}: CPI {Show(cpi)}, SPI {Show(spi)} ({ThresholdText}).",
    };

    private static string Show(decimal? ratio) => ratio?.ToString("0.00##", System.Globalization.CultureInfo.InvariantCulture) ?? "not measurable yet";
}
