using TpmHub.Core.Risks;

namespace TpmHub.Web.Features.Portfolio;

/// <summary>An open risk on the portfolio dashboard.</summary>
public sealed record TopRiskRow(string Key, string ProjectKey, string Title, int Score, RiskBand Band, decimal Exposure, string Currency,
    string? OwnerName, DateOnly? ReviewDate, bool ReviewOverdue);
