using System.Globalization;

namespace TpmHub.Core.Budget;

/// <summary>One plain-language sentence per earned-value measure, for sponsors who do not speak the acronyms.</summary>
public static class EarnedValueReadings
{
    public static IReadOnlyDictionary<string, string> For(EarnedValueFigures rounded, string currency, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(rounded);
        var f = rounded;
        var on = asOf.ToString("d MMM yyyy", CultureInfo.InvariantCulture);
        string M(decimal value) => $"{Math.Abs(value).ToString("N2", CultureInfo.InvariantCulture)} {currency}";
        string R(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);

        return new Dictionary<string, string>
        {
            ["bac"] = $"The whole planned work is budgeted at {M(f.Bac)}.",
            ["pv"] = $"By {on} the plan expected work worth {M(f.Pv)} to be done.",
            ["ev"] = $"The work actually done by {on} is worth {M(f.Ev)} of the budget.",
            ["ac"] = $"{M(f.Ac)} has been spent by {on}, refunds deducted.",
            ["cv"] = f.Cv switch
            {
                < 0 => $"Over budget: the work done cost {M(f.Cv)} more than it was planned to cost.",
                > 0 => $"Under budget: the work done cost {M(f.Cv)} less than it was planned to cost.",
                _ => "On budget: the work done cost what it was planned to cost.",
            },
            ["sv"] = f.Sv switch
            {
                < 0 => $"Behind schedule: {M(f.Sv)} of the work planned by now is not done yet.",
                > 0 => $"Ahead of schedule: {M(f.Sv)} more work is done than planned by now.",
                _ => "On schedule: the work done matches the work planned by now.",
            },
            ["cpi"] = f.Cpi is { } cpi
                ? $"For every 1.00 spent, {R(cpi)} of planned work was delivered."
                : "Nothing has been spent yet, so cost efficiency cannot be measured.",
            ["spi"] = f.Spi is { } spi
                ? $"The team is delivering {R(spi)} of the work planned for this time."
                : "No work was planned to be done by this date, so schedule efficiency cannot be measured.",
            ["eac"] = f.Eac is { } eac
                ? $"At the cost efficiency so far, the whole project will cost {M(eac)}."
                : "The final cost cannot be forecast until work has been done and paid for.",
            ["etc"] = f.Etc is { } etc
                ? (etc >= 0 ? $"Another {M(etc)} is needed to finish." : $"The forecast final cost is {M(etc)} below what has already been spent.")
                : "The cost still to come cannot be forecast yet.",
            ["vac"] = f.Vac switch
            {
                null => "Whether the project will finish within its budget cannot be forecast yet.",
                < 0 => $"The project is forecast to finish {M(f.Vac.Value)} over its budget.",
                > 0 => $"The project is forecast to finish {M(f.Vac.Value)} under its budget.",
                _ => "The project is forecast to finish exactly on its budget.",
            },
            ["tcpi"] = f.Tcpi switch
            {
                null when f.Bac == 0 => "There is no planned cost to measure against yet.",
                null => "The budget is exactly used up, so no efficiency can finish the remaining work on budget.",
                < 0 => "The budget is already overspent: the remaining work cannot be finished on budget.",
                { } t => $"To finish on budget, every 1.00 still to be spent must deliver {R(t)} of planned work.",
            },
        };
    }
}
