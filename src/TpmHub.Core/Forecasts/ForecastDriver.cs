namespace TpmHub.Core.Forecasts;

/// <summary>
/// One bar of the tornado: how strongly an item's duration or a risk's occurrence moves the project finish.
/// </summary>
/// <param name="Key">The item's or risk's key.</param>
/// <param name="Correlation">
/// Pearson's r (−1 … 1) over the iterations between the driver's value and the finish offset. An item's value is its
/// sampled duration in whole working days before any risk days are added; a risk's is 1 when it occurred, else 0 (the
/// point-biserial correlation). Drivers are ranked by |r|.
/// </param>
/// <param name="SwingDays">
/// Mean finish offset of the iterations in which the driver was high, less that of the rest, in working days: for an item,
/// iterations whose raw (unrounded) sample exceeded its distribution's mean; for a risk, iterations in which it occurred.
/// 0 when either group is empty.
/// </param>
public sealed record ForecastDriver(ForecastDriverKind Kind, string Key, double Correlation, double SwingDays);
