using System.Linq.Expressions;
using TpmHub.Core.Common;

namespace TpmHub.Core.Risks;

/// <summary>The invariants of RAID entries.</summary>
public static class RaidRules
{
    public const int TitleMaxLength = 200;
    public const int TextMaxLength = 4_000;
    public const int DescriptionMaxLength = 20_000;

    private static readonly Dictionary<RaidKind, RaidStatus[]> Statuses = new()
    {
        [RaidKind.Risk] = [RaidStatus.Open, RaidStatus.Mitigating, RaidStatus.Realised, RaidStatus.Closed],
        [RaidKind.Assumption] = [RaidStatus.Open, RaidStatus.Validated, RaidStatus.Invalidated],
        [RaidKind.Issue] = [RaidStatus.Open, RaidStatus.InProgress, RaidStatus.Resolved, RaidStatus.Closed],
        [RaidKind.Dependency] = [RaidStatus.Open, RaidStatus.Committed, RaidStatus.Delivered, RaidStatus.Closed],
    };

    /// <summary>The statuses an entry of this kind can have; the first is the default.</summary>
    public static IReadOnlyList<RaidStatus> StatusesFor(RaidKind kind) => Statuses[kind];

    /// <summary>A risk still counts towards exposure, the heat map and the trend while open or being mitigated.</summary>
    public static IReadOnlyList<RaidStatus> OpenRiskStatuses { get; } = [RaidStatus.Open, RaidStatus.Mitigating];

    /// <summary>A dependency is still awaited while open or committed (not yet delivered or closed).</summary>
    public static IReadOnlyList<RaidStatus> OpenDependencyStatuses { get; } = [RaidStatus.Open, RaidStatus.Committed];

    /// <summary>Whether a risk in this status is open (see <see cref="OpenRiskStatuses"/>).</summary>
    public static bool IsOpenRisk(RaidStatus status) => OpenRiskStatuses.Contains(status);

    /// <summary>Whether an entry is an open risk (see <see cref="OpenRiskStatuses"/>).</summary>
    public static bool IsOpenRisk(RaidKind kind, RaidStatus status) => kind == RaidKind.Risk && IsOpenRisk(status);

    /// <summary>Whether an entry is a dependency still awaited (see <see cref="OpenDependencyStatuses"/>).</summary>
    public static bool IsOpenDependency(RaidKind kind, RaidStatus status) => kind == RaidKind.Dependency && OpenDependencyStatuses.Contains(status);

    /// <summary><see cref="IsOpenRisk(RaidKind, RaidStatus)"/> as an expression a query provider translates.</summary>
    public static Expression<Func<RaidEntry, bool>> OpenRisk { get; } = RaidEntryExpressions.KindIn(RaidKind.Risk, OpenRiskStatuses);

    /// <summary><see cref="IsOpenDependency"/> as an expression a query provider translates.</summary>
    public static Expression<Func<RaidEntry, bool>> OpenDependency { get; } = RaidEntryExpressions.KindIn(RaidKind.Dependency, OpenDependencyStatuses);

    /// <summary>The statuses in which an entry of any kind still needs attention (the list's "open only" filter).</summary>
    public static IReadOnlyList<RaidStatus> ActiveStatuses { get; } = [RaidStatus.Open, RaidStatus.Mitigating, RaidStatus.InProgress, RaidStatus.Committed];

    /// <summary>Whether an entry still needs attention (see <see cref="ActiveStatuses"/>).</summary>
    public static bool IsActive(RaidStatus status) => ActiveStatuses.Contains(status);

    /// <summary><see cref="IsActive"/> as an expression a query provider translates.</summary>
    public static Expression<Func<RaidEntry, bool>> Active { get; } = RaidEntryExpressions.StatusIn(ActiveStatuses);

    /// <summary>Checks a draft; <paramref name="raisedOn"/> is the day the entry was (or is being) raised.</summary>
    public static ValidationErrors Validate(RaidDraft draft, DateOnly raisedOn)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var errors = new ValidationErrors();
        // Text the database cannot store, and dates outside the window, are refused field by field (InputLimits).
        InputLimits.Text("title", draft.Title, errors);
        InputLimits.Text("description", draft.Description, errors);
        InputLimits.Text("ownerId", draft.OwnerId, errors);
        InputLimits.Texts("workItemKeys", draft.WorkItemKeys, errors);
        foreach (var (field, date) in new[]
                 {
                     ("dueDate", draft.DueDate), ("reviewDate", draft.ReviewDate), ("validateBy", draft.ValidateBy), ("resolvedOn", draft.ResolvedOn),
                     ("neededBy", draft.NeededBy),
                 })
        {
            InputLimits.Date(field, date, errors);
        }

        var title = draft.Title?.Trim() ?? "";
        if (title.Length == 0)
        {
            errors.Add("title", "Title is required.");
        }
        else if (title.Length > TitleMaxLength)
        {
            errors.Add("title", $"Title must be at most {TitleMaxLength} characters.");
        }

        if (draft.Kind is not { } kind || !Enum.IsDefined(kind))
        {
            errors.Add("kind", "Kind must be one of risk, assumption, issue, dependency.");
            return errors;
        }

        if (draft.Status is { } status && (!Enum.IsDefined(status) || !Statuses[kind].Contains(status)))
        {
            errors.Add("status", $"A {kind.ToString().ToLowerInvariant()} can be {string.Join(", ", Statuses[kind].Select(Camel))}.");
        }

        if ((draft.Description?.Length ?? 0) > DescriptionMaxLength)
        {
            errors.Add("description", $"Description must be at most {DescriptionMaxLength} characters.");
        }

        foreach (var (field, text) in new[]
                 {
                     ("mitigationPlan", draft.MitigationPlan), ("contingencyPlan", draft.ContingencyPlan), ("trigger", draft.Trigger),
                     ("validationMethod", draft.ValidationMethod), ("resolution", draft.Resolution), ("externalParty", draft.ExternalParty),
                     ("need", draft.Need),
                 })
        {
            if (InputLimits.Text(field, text, errors) && (text?.Length ?? 0) > TextMaxLength)
            {
                errors.Add(field, $"{field} must be at most {TextMaxLength} characters.");
            }
        }

        if (kind == RaidKind.Risk)
        {
            ValidateRisk(draft, raisedOn, errors);
        }

        if (draft.Severity is { } severity && !Enum.IsDefined(severity))
        {
            errors.Add("severity", "Severity must be one of low, medium, high, critical.");
        }

        if (draft.ResolvedOn is { } resolved && resolved < raisedOn && !errors.Has("resolvedOn"))
        {
            errors.Add("resolvedOn", "The resolved date cannot be before the day the issue was raised.");
        }

        return errors;
    }

    private static void ValidateRisk(RaidDraft draft, DateOnly raisedOn, ValidationErrors errors)
    {
        if (draft.Category is not { } category || !Enum.IsDefined(category))
        {
            errors.Add("category", "Category must be one of technical, security, schedule, budget, resource, vendor, compliance.");
        }

        var probabilityOk = CheckRating(draft.Probability, "probability", required: true, errors);
        var impactOk = CheckRating(draft.Impact, "impact", required: true, errors);
        if (draft.Response is { } response && !Enum.IsDefined(response))
        {
            errors.Add("response", "Response must be one of avoid, mitigate, transfer, accept.");
        }

        var residualP = CheckRating(draft.ResidualProbability, "residualProbability", required: false, errors);
        var residualI = CheckRating(draft.ResidualImpact, "residualImpact", required: false, errors);
        if ((draft.ResidualProbability is null) != (draft.ResidualImpact is null))
        {
            errors.Add("residualImpact", "Give both residual probability and residual impact, or neither.");
        }
        else if (draft.ResidualProbability is { } rp && draft.ResidualImpact is { } ri && residualP && residualI && probabilityOk && impactOk
                 && rp * ri > draft.Probability!.Value * draft.Impact!.Value)
        {
            errors.Add("residualProbability",
                $"The residual score ({rp * ri}) cannot be above the inherent score ({draft.Probability.Value * draft.Impact.Value}): mitigation lowers a risk.");
        }

        InputLimits.Money("costImpact", draft.CostImpact, errors);
        InputLimits.Duration("scheduleImpactDays", draft.ScheduleImpactDays, errors);
        if (draft.ReviewDate is { } review && review < raisedOn && !errors.Has("reviewDate"))
        {
            errors.Add("reviewDate", $"The review date cannot be before the day the risk was raised ({raisedOn:yyyy-MM-dd}).");
        }
    }

    private static bool CheckRating(int? value, string field, bool required, ValidationErrors errors)
    {
        if (value is null)
        {
            if (required)
            {
                errors.Add(field, $"{field} is required (1–5).");
            }

            return false;
        }

        if (value is < 1 or > 5)
        {
            errors.Add(field, $"{field} must be between 1 and 5.");
            return false;
        }

        return true;
    }

    private static string Camel(RaidStatus status) => char.ToLowerInvariant(status.ToString()[0]) + status.ToString()[1..];
}
