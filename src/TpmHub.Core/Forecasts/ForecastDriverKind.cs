namespace TpmHub.Core.Forecasts;

/// <summary>What a forecast driver is.</summary>
public enum ForecastDriverKind
{
    /// <summary>A work item's sampled duration.</summary>
    Item,

    /// <summary>A risk's occurrence.</summary>
    Risk,
}
