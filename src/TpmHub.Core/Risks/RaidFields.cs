namespace TpmHub.Core.Risks;

/// <summary>
/// Which fields an entry of each kind keeps. Every kind has a title, description, owner, status and linked work items;
/// the rest belong to one kind: a risk's rating, plans, costs and review date; an assumption's validation; an issue's
/// severity, due date and resolution; a dependency's party, need and needed-by date. Fields of another kind are dropped.
/// </summary>
public static class RaidFields
{
    private static readonly Dictionary<RaidKind, string[]> Names = new()
    {
        [RaidKind.Risk] = ["category", "probability", "impact", "response", "costImpact", "scheduleImpactDays", "residualProbability", "residualImpact",
            "reviewDate", "trigger", "mitigationPlan", "contingencyPlan"],
        [RaidKind.Assumption] = ["validationMethod", "validateBy"],
        [RaidKind.Issue] = ["severity", "dueDate", "resolvedOn", "resolution"],
        [RaidKind.Dependency] = ["externalParty", "neededBy", "need"],
    };

    /// <summary>The fields every kind keeps (as the API names them).</summary>
    public static IReadOnlyList<string> Common { get; } = ["kind", "status", "ownerId", "title", "workItemKeys", "description"];

    /// <summary>The fields only this kind keeps (as the API names them).</summary>
    public static IReadOnlyList<string> Of(RaidKind kind) => Names[kind];

    /// <summary>The draft with the fields of other kinds cleared (a draft without a kind is returned as it is).</summary>
    public static RaidDraft Keep(RaidDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (draft.Kind is not { } kind || !Names.ContainsKey(kind))
        {
            return draft;
        }

        var risk = kind == RaidKind.Risk;
        var assumption = kind == RaidKind.Assumption;
        var issue = kind == RaidKind.Issue;
        var dependency = kind == RaidKind.Dependency;
        return draft with
        {
            DueDate = issue ? draft.DueDate : null,
            Category = risk ? draft.Category : null,
            Probability = risk ? draft.Probability : null,
            Impact = risk ? draft.Impact : null,
            Response = risk ? draft.Response : null,
            MitigationPlan = risk ? draft.MitigationPlan : null,
            ContingencyPlan = risk ? draft.ContingencyPlan : null,
            Trigger = risk ? draft.Trigger : null,
            CostImpact = risk ? draft.CostImpact : null,
            ScheduleImpactDays = risk ? draft.ScheduleImpactDays : null,
            ResidualProbability = risk ? draft.ResidualProbability : null,
            ResidualImpact = risk ? draft.ResidualImpact : null,
            ReviewDate = risk ? draft.ReviewDate : null,
            ValidationMethod = assumption ? draft.ValidationMethod : null,
            ValidateBy = assumption ? draft.ValidateBy : null,
            Severity = issue ? draft.Severity : null,
            Resolution = issue ? draft.Resolution : null,
            ResolvedOn = issue ? draft.ResolvedOn : null,
            ExternalParty = dependency ? draft.ExternalParty : null,
            Need = dependency ? draft.Need : null,
            NeededBy = dependency ? draft.NeededBy : null,
        };
    }
}
