using TpmHub.Core.Projects;

namespace TpmHub.Core.Work;

/// <summary>
/// The schedule part of a project's health: how far the forecast finish has slipped past the baseline finish,
/// in working days. Green on or before the baseline, amber for a slip of 1–10 working days, red beyond 10.
/// </summary>
public static class ScheduleHealth
{
    /// <summary>The largest slip (working days) still rated amber; anything later is red.</summary>
    public const int AmberMaxSlipDays = 10;

    public static ProjectHealth Classify(int slipDays) => slipDays switch
    {
        <= 0 => ProjectHealth.Green,
        <= AmberMaxSlipDays => ProjectHealth.Amber,
        _ => ProjectHealth.Red,
    };

    public static string Explain(int slipDays, string baselineName) => slipDays switch
    {
        < 0 => $"Forecast finish is {-slipDays} working days ahead of baseline \"{baselineName}\".",
        0 => $"Forecast finish matches baseline \"{baselineName}\".",
        _ => $"Forecast finish is {slipDays} working days behind baseline \"{baselineName}\" (amber from 1, red beyond {AmberMaxSlipDays}).",
    };
}
