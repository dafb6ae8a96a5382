using TpmHub.Core.Common;
using TpmHub.Core.Schedule;

namespace TpmHub.Core.Forecasts;

/// <summary>The limits of a forecast's input, each failure named by its field.</summary>
public static partial class ForecastEngine
{
    /// <summary>Errors about the items (budgets, estimates) share the schedule engine's field for tasks.</summary>
    public const string TasksField = ScheduleEngine.TasksField;

    /// <summary>Errors about the risks (keys, probabilities, impacts, linked items).</summary>
    public const string RisksField = "risks";

    public const string IterationsField = "iterations";

    public const string DistributionField = "distribution";

    public const string SpreadLowField = "defaultSpreadLowPercent";

    public const string SpreadHighField = "defaultSpreadHighPercent";

    public const string TargetDateField = "targetDate";

    public const string MaxDriversField = "maxDrivers";

    public const string WorkersField = "workers";

    /// <summary>The most the default spread may reach below the planned duration, in percent.</summary>
    public const double MaxSpreadLowPercent = 100;

    /// <summary>The most the default spread may reach above the planned duration, in percent.</summary>
    public const double MaxSpreadHighPercent = 500;

    /// <summary>The most worker threads a run takes.</summary>
    public const int MaxWorkers = 256;

    /// <summary>
    /// Checks the settings and the items' and risks' values; the network itself (keys, durations, links, cycles) is checked
    /// by the schedule engine's own rules when the run compiles it. Iterations <see cref="MinIterations"/> …
    /// <see cref="MaxIterations"/>; spreads 0 … <see cref="MaxSpreadLowPercent"/> % below and 0 …
    /// <see cref="MaxSpreadHighPercent"/> % above; budgets ≥ 0; estimates 0 ≤ O ≤ M ≤ P ≤
    /// <see cref="ScheduleEngine.MaxDurationDays"/>; risk keys present and unique, probabilities 0 … 1, schedule impacts 0 …
    /// <see cref="ScheduleEngine.MaxDurationDays"/>, cost impacts ≥ 0, linked items known and listed once; a target date in
    /// the window of <see cref="InputLimits"/>; drivers 1 … 100,000; workers 1 … <see cref="MaxWorkers"/>.
    /// </summary>
    public static ValidationErrors Validate(ForecastInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(input.Calendar);
        ArgumentNullException.ThrowIfNull(input.Items);
        ArgumentNullException.ThrowIfNull(input.Links);
        ArgumentNullException.ThrowIfNull(input.Risks);
        var errors = new ValidationErrors();
        if (input.Iterations is < MinIterations or > MaxIterations)
        {
            errors.Add(IterationsField, $"Iterations must be between {MinIterations:N0} and {MaxIterations:N0}.");
        }

        if (!Enum.IsDefined(input.Distribution))
        {
            errors.Add(DistributionField, "Distribution must be triangular or PERT.");
        }

        if (!(input.DefaultSpreadLowPercent is >= 0 and <= MaxSpreadLowPercent))
        {
            errors.Add(SpreadLowField, $"The default spread below the plan must be between 0 and {MaxSpreadLowPercent} %.");
        }

        if (!(input.DefaultSpreadHighPercent is >= 0 and <= MaxSpreadHighPercent))
        {
            errors.Add(SpreadHighField, $"The default spread above the plan must be between 0 and {MaxSpreadHighPercent} %.");
        }

        if (input.TargetDate is { } target && !InputLimits.IsInWindow(target))
        {
            errors.Add(TargetDateField, $"The target date must be between {InputLimits.WindowText}.");
        }

        if (input.MaxDrivers is < 1 or > 100_000)
        {
            errors.Add(MaxDriversField, "The number of drivers must be between 1 and 100,000.");
        }

        if (input.Workers is < 1 or > MaxWorkers)
        {
            errors.Add(WorkersField, $"Workers must be between 1 and {MaxWorkers}.");
        }

        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in input.Items)
        {
            if (item.Key is not null)
            {
                keys.Add(item.Key);
            }

            ValidateItem(item, errors);
        }

        var riskKeys = new HashSet<string>(StringComparer.Ordinal);
        for (var r = 0; r < input.Risks.Count; r++)
        {
            ValidateRisk(input.Risks[r], r, keys, riskKeys, errors);
        }

        return errors;
    }

    private static void ValidateItem(ForecastItemInput item, ValidationErrors errors)
    {
        if (item.Budget < 0)
        {
            errors.Add(TasksField, $"Task {item.Key} has a negative budget.");
        }

        if (item.Estimate is { } e
            && !(e.Optimistic >= 0 && e.Optimistic <= e.MostLikely && e.MostLikely <= e.Pessimistic && e.Pessimistic <= ScheduleEngine.MaxDurationDays))
        {
            errors.Add(TasksField,
                $"Task {item.Key} needs 0 ≤ optimistic ≤ most likely ≤ pessimistic ≤ {ScheduleEngine.MaxDurationDays} working days.");
        }
    }

    private static void ValidateRisk(ForecastRiskInput? risk, int index, HashSet<string> itemKeys, HashSet<string> riskKeys, ValidationErrors errors)
    {
        if (risk is null)
        {
            errors.Add(RisksField, $"Risk {index + 1} is missing.");
            return;
        }

        if (string.IsNullOrWhiteSpace(risk.Key))
        {
            errors.Add(RisksField, $"Risk {index + 1} has no key.");
        }
        else if (!riskKeys.Add(risk.Key))
        {
            errors.Add(RisksField, $"Risk key {risk.Key} is used by more than one risk.");
        }

        if (!(risk.Probability is >= 0 and <= 1))
        {
            errors.Add(RisksField, $"Risk {risk.Key} needs a probability between 0 and 1.");
        }

        if (risk.ScheduleImpactDays is < 0 or > ScheduleEngine.MaxDurationDays)
        {
            errors.Add(RisksField, $"Risk {risk.Key} needs a schedule impact of 0–{ScheduleEngine.MaxDurationDays} working days.");
        }

        if (risk.CostImpact < 0)
        {
            errors.Add(RisksField, $"Risk {risk.Key} has a negative cost impact.");
        }

        var linked = new HashSet<string>(StringComparer.Ordinal);
        foreach (var key in risk.ItemKeys ?? [])
        {
            if (key is null || !itemKeys.Contains(key))
            {
                errors.Add(RisksField, $"Risk {risk.Key} is linked to an unknown task {key}.");
            }
            else if (!linked.Add(key))
            {
                errors.Add(RisksField, $"Risk {risk.Key} lists task {key} more than once.");
            }
        }
    }
}
