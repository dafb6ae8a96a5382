namespace TpmHub.Core.Projects;

/// <summary>The application-wide roles. Leads and stakeholders see only the projects they are members of.</summary>
public static class ProjectRole
{
    public const string Admin = "Admin";
    public const string TeamLead = "TeamLead";
    public const string Stakeholder = "Stakeholder";

    public static readonly IReadOnlyList<string> All = [Admin, TeamLead, Stakeholder];
}
