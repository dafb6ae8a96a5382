namespace TpmHub.Core.Risks;

public enum IssueSeverity
{
    Low,
    Medium,
    High,
    Critical,
}
