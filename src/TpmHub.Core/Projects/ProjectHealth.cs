namespace TpmHub.Core.Projects;

public enum ProjectHealth
{
    Green,
    Amber,
    Red,
}
