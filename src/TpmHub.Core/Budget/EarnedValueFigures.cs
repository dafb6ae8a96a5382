namespace TpmHub.Core.Budget;

/// <summary>
/// The earned-value measures of a project at a status date. Ratios whose denominator is 0 are null, and so is anything
/// computed from them. Unrounded as computed; <see cref="Rounded"/> gives what is shown (money 2 decimals, ratios 4,
/// halves away from zero).
/// </summary>
public sealed record EarnedValueFigures(
    decimal Bac,
    decimal Pv,
    decimal Ev,
    decimal Ac,
    decimal Cv,
    decimal Sv,
    decimal? Cpi,
    decimal? Spi,
    decimal? Eac,
    decimal? Etc,
    decimal? Vac,
    decimal? Tcpi)
{
    public EarnedValueFigures Rounded() => new(
        Money(Bac), Money(Pv), Money(Ev), Money(Ac), Money(Cv), Money(Sv),
        Ratio(Cpi), Ratio(Spi), Money(Eac), Money(Etc), Money(Vac), Ratio(Tcpi));

    public static decimal Money(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);

    public static decimal? Money(decimal? value) => value is { } v ? Money(v) : null;

    public static decimal? Ratio(decimal? value) => value is { } v ? Math.Round(v, 4, MidpointRounding.AwayFromZero) : null;
}
