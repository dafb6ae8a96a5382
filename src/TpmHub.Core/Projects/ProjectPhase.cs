namespace TpmHub.Core.Projects;

/// <summary>The SDLC phase a project is in.</summary>
public enum ProjectPhase
{
    Initiation,
    Planning,
    Design,
    Build,
    Test,
    Deploy,
    Operate,
    Closed,
}
