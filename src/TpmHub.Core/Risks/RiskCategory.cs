namespace TpmHub.Core.Risks;

public enum RiskCategory
{
    Technical,
    Security,
    Schedule,
    Budget,
    Resource,
    Vendor,
    Compliance,
}
