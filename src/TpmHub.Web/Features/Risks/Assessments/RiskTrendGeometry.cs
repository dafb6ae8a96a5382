using System.Globalization;
using TpmHub.Core.Risks;

namespace TpmHub.Web.Features.Risks.Assessments;

/// <summary>
/// The exposure trend laid out for a small SVG chart: weekly total score against the left axis and money exposure against the
/// right one, both from zero to a round maximum, so the two lines share the plot but keep their own scale.
/// </summary>
public sealed record RiskTrendGeometry(
    IReadOnlyList<RiskTrendPlotPoint> Score,
    IReadOnlyList<RiskTrendPlotPoint> Exposure,
    decimal ScoreMax,
    decimal ExposureMax,
    IReadOnlyList<RiskTrendTick> Ticks)
{
    public const double Width = 640;
    public const double Height = 280;
    public const double Left = 44;
    public const double Right = 76;
    public const double Top = 12;
    public const double Bottom = 28;

    public const double PlotLeft = Left;
    public const double PlotRight = Width - Right;
    public const double PlotTop = Top;
    public const double PlotBottom = Height - Bottom;

    public static RiskTrendGeometry Build(IReadOnlyList<RiskTrendPoint> points, int maxTicks = 6)
    {
        ArgumentNullException.ThrowIfNull(points);
        var scoreMax = ScoreCeiling(points.Count == 0 ? 0 : points.Max(p => p.TotalScore));
        var exposureMax = NiceCeiling(points.Count == 0 ? 0 : points.Max(p => p.Exposure));
        var score = points.Select((p, i) => new RiskTrendPlotPoint(X(i, points.Count), Y(p.TotalScore, scoreMax))).ToList();
        var exposure = points.Select((p, i) => new RiskTrendPlotPoint(X(i, points.Count), Y(p.Exposure, exposureMax))).ToList();
        var ticks = new List<RiskTrendTick>();
        if (points.Count > 0)
        {
            var step = Math.Max(1, (int)Math.Ceiling((points.Count - 1) / (double)Math.Max(1, maxTicks - 1)));
            for (var i = 0; i < points.Count; i += step)
            {
                ticks.Add(new RiskTrendTick(X(i, points.Count), points[i].Week));
            }

            // The latest week is always labelled; drop the previous tick when the two would overlap.
            if (ticks[^1].Week != points[^1].Week)
            {
                if (ticks.Count > 1 && X(points.Count - 1, points.Count) - ticks[^1].X < (PlotRight - PlotLeft) / (maxTicks * 1.5))
                {
                    ticks.RemoveAt(ticks.Count - 1);
                }

                ticks.Add(new RiskTrendTick(X(points.Count - 1, points.Count), points[^1].Week));
            }
        }

        return new RiskTrendGeometry(score, exposure, scoreMax, exposureMax, ticks);
    }

    /// <summary>SVG <c>points</c> attribute of a polyline.</summary>
    public static string Polyline(IEnumerable<RiskTrendPlotPoint> points) =>
        string.Join(' ', points.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.X:0.#},{p.Y:0.#}")));

    /// <summary>The smallest of 1, 2, 4, 6, 8 × 10ⁿ that is at least <paramref name="value"/>; 1 for zero or less (a flat line sits on the axis).</summary>
    public static decimal NiceCeiling(decimal value)
    {
        if (value <= 0)
        {
            return 1;
        }

        var magnitude = 1m;
        while (magnitude * 10 <= value)
        {
            magnitude *= 10;
        }

        while (magnitude > value && magnitude > 0.0001m)
        {
            magnitude /= 10;
        }

        foreach (var step in new[] { 1m, 2m, 4m, 6m, 8m, 10m })
        {
            if (step * magnitude >= value)
            {
                return step * magnitude;
            }
        }

        return 10 * magnitude;
    }

    /// <summary>A round maximum for the score axis that is a multiple of 4, so its quarter lines are whole scores (at least 4).</summary>
    public static decimal ScoreCeiling(decimal value)
    {
        var nice = NiceCeiling(value);
        return Math.Max(4, Math.Ceiling(nice / 4) * 4);
    }

    /// <summary>Money on an axis: 950 → "950", 120000 → "120k", 2500000 → "2.5M".</summary>
    public static string Compact(decimal value) => value switch
    {
        >= 1_000_000 or <= -1_000_000 => (value / 1_000_000).ToString("0.#", CultureInfo.InvariantCulture) + "M",
        >= 1_000 or <= -1_000 => (value / 1_000).ToString("0.#", CultureInfo.InvariantCulture) + "k",
        _ => value.ToString("0.#", CultureInfo.InvariantCulture),
    };

    /// <summary>A single week is drawn in the middle of the plot; otherwise the first week at the left edge and the last at the right.</summary>
    private static double X(int index, int count) =>
        count <= 1 ? (PlotLeft + PlotRight) / 2 : PlotLeft + (PlotRight - PlotLeft) * index / (count - 1);

    private static double Y(decimal value, decimal max) =>
        PlotBottom - (PlotBottom - PlotTop) * (double)(Math.Clamp(value, 0, max) / max);
}
