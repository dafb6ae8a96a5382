using System.Globalization;

namespace TpmHub.Core.Reporting;

/// <summary>
/// Schedule and cost measures as sentences for readers who do not speak the acronyms (sponsors, executives). Counts of
/// days from one to ten are written as words; ratios keep their digits, since "9.5 of 10" reads better than words.
/// An absent measure (null: nothing to measure against yet, see DESIGN.md) gets a sentence that says why, never a zero.
/// </summary>
public static class PlainLanguage
{
    private static readonly string[] Words = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

    /// <summary>0–10 as words ("five"), larger and negative numbers as digits with thousands separators ("1,250").</summary>
    public static string Number(int n) => n is >= 0 and <= 10 ? Words[n] : n.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>"one working day", "three working days" (<paramref name="noun"/> is singular; an s is added unless the count is one).</summary>
    public static string Count(int n, string noun) => $"{Number(n)} {noun}{(n == 1 ? "" : "s")}";

    /// <summary>
    /// The slip of the critical path (the work that sets the end date) against the baseline, in working days: positive
    /// late, negative ahead, zero on time, null when there is no baseline to compare with.
    /// </summary>
    public static string CriticalPathSlip(int? workingDays) => workingDays switch
    {
        null => "There is no baseline yet, so nobody can say whether the end date has moved.",
        0 => "The work that sets the end date is on time.",
        > 0 => $"The work that sets the end date is {Count(workingDays.Value, "day")} late.",
        _ => $"The work that sets the end date is {Count(-workingDays.Value, "day")} ahead.",
    };

    /// <summary>
    /// Schedule performance (SPI = EV/PV) as done-per-ten-planned: 0.9 → "For every 10 days of work planned by now, 9 were done."
    /// One decimal when the tenfold value is not whole (0.95 → 9.5); null when no work was planned by now.
    /// </summary>
    public static string Spi(decimal? spi) => spi is { } s
        ? $"For every 10 days of work planned by now, {Tenfold(s)} {(Math.Round(s * 10, 1, MidpointRounding.AwayFromZero) == 1m ? "was" : "were")} done."
        : "No work was planned to be done by now, so progress against the plan cannot be measured yet.";

    /// <summary>
    /// Cost performance (CPI = EV/AC) as planned work bought per unit spent, in the project's currency: 1.1 with USD →
    /// "Each dollar spent bought 1.10 dollars of planned work."; null when nothing has been spent.
    /// </summary>
    public static string Cpi(decimal? cpi, string currency)
    {
        var (one, many) = CurrencyUnit(currency);
        if (cpi is not { } c)
        {
            return "Nothing has been spent yet, so value for money cannot be measured.";
        }

        var rounded = Math.Round(c, 2, MidpointRounding.AwayFromZero);
        return rounded == 1m
            ? $"Each {one} spent bought exactly one {one} of planned work."
            : $"Each {one} spent bought {rounded.ToString("0.00", CultureInfo.InvariantCulture)} {many} of planned work.";
    }

    /// <summary>
    /// The cost forecast at completion (EAC) against the budget (BAC): "At the rate spent so far, the whole project will
    /// cost 1,250,000 USD, 50,000 USD more than its budget of 1,200,000 USD."; null when it cannot be forecast yet.
    /// </summary>
    public static string Eac(decimal? eac, decimal bac, string currency)
    {
        if (eac is not { } e)
        {
            return "The final cost cannot be forecast until work has been done and paid for.";
        }

        var difference = Math.Round(e, 0, MidpointRounding.AwayFromZero) - Math.Round(bac, 0, MidpointRounding.AwayFromZero);
        var start = $"At the rate spent so far, the whole project will cost {Money(e, currency)}";
        return difference switch
        {
            > 0 => $"{start}, {Money(difference, currency)} more than its budget of {Money(bac, currency)}.",
            < 0 => $"{start}, {Money(-difference, currency)} less than its budget of {Money(bac, currency)}.",
            _ => $"{start}, exactly its budget.",
        };
    }

    /// <summary>A task's total float as what it may slip: 3 → "can slip three working days without moving the end date".</summary>
    public static string TotalFloat(int workingDays) => workingDays switch
    {
        <= 0 => "cannot slip at all without moving the end date",
        var days => $"can slip {Count(days, "working day")} without moving the end date",
    };

    /// <summary>Money rounded to whole units with thousands separators and the currency code: "1,250,000 USD".</summary>
    public static string Money(decimal amount, string currency) =>
        $"{Math.Round(amount, 0, MidpointRounding.AwayFromZero).ToString("N0", CultureInfo.InvariantCulture)} {currency}";

    /// <summary>
    /// The unit a reader counts money in, singular and plural: USD → (dollar, dollars), EUR → (euro, euros); for a currency
    /// without a well-known everyday name, its code both ways (CHF stays "CHF", not a guess).
    /// </summary>
    public static (string One, string Many) CurrencyUnit(string currency)
    {
        var code = (currency ?? "").Trim().ToUpperInvariant();
        return code switch
        {
            "USD" or "CAD" or "AUD" or "NZD" or "SGD" or "HKD" => ("dollar", "dollars"),
            "EUR" => ("euro", "euros"),
            "GBP" => ("pound", "pounds"),
            "JPY" => ("yen", "yen"),
            "INR" => ("rupee", "rupees"),
            "" => ("unit of money", "units of money"),
            _ => (code, code),
        };
    }

    private static string Tenfold(decimal ratio)
    {
        var tenfold = Math.Round(ratio * 10, 1, MidpointRounding.AwayFromZero);
        return tenfold == decimal.Truncate(tenfold)
            ? decimal.Truncate(tenfold).ToString("0", CultureInfo.InvariantCulture)
            : tenfold.ToString("0.0", CultureInfo.InvariantCulture);
    }
}
