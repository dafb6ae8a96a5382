namespace TpmHub.Core.Risks;

/// <summary>A typical risk of a kind of project, ready to add to a RAID log and then tailor.</summary>
public sealed record RiskTemplate(
    string Id,
    string Title,
    RiskCategory Category,
    int Probability,
    int Impact,
    RiskResponse Response,
    string Trigger,
    string MitigationPlan,
    string ContingencyPlan);
