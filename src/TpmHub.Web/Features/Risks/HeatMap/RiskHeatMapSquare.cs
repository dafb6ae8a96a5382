using TpmHub.Core.Risks;

namespace TpmHub.Web.Features.Risks.HeatMap;

/// <summary>One cell of the 5×5 heat map as drawn: its rating pair, the band of that pair's score and how many open risks sit in it.</summary>
public sealed record RiskHeatMapSquare(int Probability, int Impact, int Count)
{
    public int Score => Probability * Impact;

    public RiskBand Band => RiskScore.Band(Score);
}
