using TpmHub.Core.Risks;
using TpmHub.Web.Features.Common;

namespace TpmHub.Web.Features.Risks.Register;

/// <summary>The mutable model behind the RAID entry dialog; <see cref="ToDraft"/> sends only the fields of the chosen kind.</summary>
public sealed class RaidEntryForm
{
    private static readonly char[] KeySeparators = [',', ';', ' ', '\t', '\n', '\r'];

    public RaidKind Kind { get; set; } = RaidKind.Risk;

    public string? Title { get; set; }

    public string? Description { get; set; }

    public string? OwnerId { get; set; }

    public RaidStatus Status { get; set; } = RaidStatus.Open;

    public DateTime? DueDate { get; set; }

    public RiskCategory? Category { get; set; }

    public int? Probability { get; set; }

    public int? Impact { get; set; }

    public RiskResponse? Response { get; set; }

    public string? MitigationPlan { get; set; }

    public string? ContingencyPlan { get; set; }

    public string? Trigger { get; set; }

    public decimal? CostImpact { get; set; }

    public int? ScheduleImpactDays { get; set; }

    public int? ResidualProbability { get; set; }

    public int? ResidualImpact { get; set; }

    public DateTime? ReviewDate { get; set; }

    public string? ValidationMethod { get; set; }

    public DateTime? ValidateBy { get; set; }

    public IssueSeverity? Severity { get; set; }

    public string? Resolution { get; set; }

    public DateTime? ResolvedOn { get; set; }

    public string? ExternalParty { get; set; }

    public string? Need { get; set; }

    public DateTime? NeededBy { get; set; }

    /// <summary>Linked work items as typed: keys separated by commas or spaces.</summary>
    public string? WorkItemKeys { get; set; }

    public uint Version { get; set; }

    /// <summary>The inherent score, while both ratings are valid (for the live preview).</summary>
    public int? Score => Rating(Probability) && Rating(Impact) ? Probability * Impact : null;

    public int? ResidualScore => Rating(ResidualProbability) && Rating(ResidualImpact) ? ResidualProbability * ResidualImpact : null;

    /// <summary>Switches the kind of a new entry; keeps the status when the new kind has it, else takes the kind's default.</summary>
    public void ChangeKind(RaidKind kind)
    {
        Kind = kind;
        var statuses = RaidRules.StatusesFor(kind);
        if (!statuses.Contains(Status))
        {
            Status = statuses[0];
        }
    }

    /// <summary>The draft to save: only the fields the chosen kind keeps (<see cref="RaidFields"/>), as the service stores them.</summary>
    public RaidDraft ToDraft() => RaidFields.Keep(new RaidDraft(
        Kind, Title, Description ?? "", string.IsNullOrEmpty(OwnerId) ? null : OwnerId, Status, FormDates.ToDateOnly(DueDate),
        Category, Probability, Impact, Response, MitigationPlan, ContingencyPlan, Trigger, CostImpact, ScheduleImpactDays,
        ResidualProbability, ResidualImpact, FormDates.ToDateOnly(ReviewDate), ValidationMethod, FormDates.ToDateOnly(ValidateBy), Severity, Resolution,
        FormDates.ToDateOnly(ResolvedOn), ExternalParty, Need, FormDates.ToDateOnly(NeededBy), ParseKeys(WorkItemKeys)));

    public static RaidEntryForm From(RaidEntryDetails entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new RaidEntryForm
        {
            Kind = entry.Kind,
            Title = entry.Title,
            Description = entry.Description,
            OwnerId = entry.OwnerId,
            Status = entry.Status,
            DueDate = FormDates.ToDateTime(entry.DueDate),
            Category = entry.Category,
            Probability = entry.Probability,
            Impact = entry.Impact,
            Response = entry.Response,
            MitigationPlan = entry.MitigationPlan,
            ContingencyPlan = entry.ContingencyPlan,
            Trigger = entry.Trigger,
            CostImpact = entry.CostImpact,
            ScheduleImpactDays = entry.ScheduleImpactDays,
            ResidualProbability = entry.ResidualProbability,
            ResidualImpact = entry.ResidualImpact,
            ReviewDate = FormDates.ToDateTime(entry.ReviewDate),
            ValidationMethod = entry.ValidationMethod,
            ValidateBy = FormDates.ToDateTime(entry.ValidateBy),
            Severity = entry.Severity,
            Resolution = entry.Resolution,
            ResolvedOn = FormDates.ToDateTime(entry.ResolvedOn),
            ExternalParty = entry.ExternalParty,
            Need = entry.Need,
            NeededBy = FormDates.ToDateTime(entry.NeededBy),
            WorkItemKeys = string.Join(", ", entry.WorkItemKeys),
            Version = entry.Version,
        };
    }

    /// <summary>"cld-3, CLD-7 cld-3" → ["CLD-3", "CLD-7"]: upper-cased, de-duplicated, in the order typed.</summary>
    public static IReadOnlyList<string> ParseKeys(string? text) =>
        (text ?? "").Split(KeySeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(k => k.ToUpperInvariant()).Distinct().ToList();

    private static bool Rating(int? value) => value is >= 1 and <= 5;

}
