using TpmHub.Core.Projects;

namespace TpmHub.Core.Risks;

/// <summary>
/// The risk part of a project's health: red while any open risk is critical (score 20–25), amber while any open risk's
/// review date has passed, green otherwise (a project with no open risk is green).
/// </summary>
public static class RiskHealth
{
    public static HealthPart Rate(int openRisks, int openCritical, int overdueReviews)
    {
        var late = overdueReviews switch
        {
            0 => null,
            1 => "1 risk review is overdue",
            _ => $"{overdueReviews} risk reviews are overdue",
        };
        if (openCritical > 0)
        {
            var critical = openCritical == 1 ? "1 open risk is critical" : $"{openCritical} open risks are critical";
            return new HealthPart(ProjectHealth.Red, late is null ? $"{critical}." : $"{critical}; {late}.");
        }

        if (late is not null)
        {
            return new HealthPart(ProjectHealth.Amber, $"{char.ToUpperInvariant(late[0])}{late[1..]}.");
        }

        return new HealthPart(ProjectHealth.Green, openRisks switch
        {
            0 => "No open risks.",
            1 => "1 open risk, not critical, its review on time.",
            _ => $"{openRisks} open risks, none critical, every review on time.",
        });
    }
}
