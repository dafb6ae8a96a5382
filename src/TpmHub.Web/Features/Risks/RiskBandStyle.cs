using TpmHub.Core.Risks;

namespace TpmHub.Web.Features.Risks;

/// <summary>
/// The colours of the risk bands, shared by the heat map and the band chips so a band looks the same everywhere:
/// low green, medium yellow, high orange, critical red. Fixed colours rather than theme palette entries, because the
/// palette has no yellow and a heat map must read the same in light and dark mode.
/// </summary>
public static class RiskBandStyle
{
    public static string Background(RiskBand band) => band switch
    {
        RiskBand.Low => "#66bb6a",
        RiskBand.Medium => "#fdd835",
        RiskBand.High => "#fb8c00",
        _ => "#c62828",
    };

    /// <summary>Text on <see cref="Background"/>: dark on the light bands, white on red (contrast of at least 4.5:1).</summary>
    public static string Foreground(RiskBand band) => band == RiskBand.Critical ? "#ffffff" : "rgba(0,0,0,0.87)";

    public static string Label(RiskBand band) => band switch
    {
        RiskBand.Low => "low",
        RiskBand.Medium => "medium",
        RiskBand.High => "high",
        _ => "critical",
    };

    /// <summary>Inline style of a band swatch; an empty heat-map cell is drawn faded so the populated ones stand out.</summary>
    public static string Css(RiskBand band, bool faded = false) =>
        $"background-color:{Background(band)};color:{Foreground(band)}" + (faded ? ";opacity:0.35" : "");
}
