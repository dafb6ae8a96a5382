using TpmHub.Core.Risks;

namespace TpmHub.Web.Features.Risks.Register;

/// <summary>Filtering, sorting and paging of a RAID log; <see cref="Probability"/>/<see cref="Impact"/> pick a heat-map cell.</summary>
public sealed record RaidQuery(
    RaidKind? Kind = null,
    RaidStatus? Status = null,
    RiskBand? Band = null,
    string? OwnerId = null,
    RiskCategory? Category = null,
    string? Search = null,
    int? Probability = null,
    int? Impact = null,
    bool Residual = false,
    bool OpenOnly = false,
    string? Sort = null,
    bool Descending = false,
    int Page = 1,
    int PageSize = 50);
