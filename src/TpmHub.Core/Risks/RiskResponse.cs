namespace TpmHub.Core.Risks;

public enum RiskResponse
{
    Avoid,
    Mitigate,
    Transfer,
    Accept,
}
