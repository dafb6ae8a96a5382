using Microsoft.EntityFrameworkCore;
using TpmHub.Core.Projects;
using TpmHub.Web.Data;
using TpmHub.Web.Features.Access;
using TpmHub.Web.Features.Identity;
using TpmHub.Web.Features.StatusReports;

namespace TpmHub.Web.Seeding;

/// <summary>
/// The cloud migration's last two weekly status reports (the two full weeks before this one), generated through the
/// service from the seeded plan, budget and RAID log, given the lead's own words and published, so the Reports tab and a
/// stakeholder's view have something real to show. Runs after the budget and RAID demo data exist.
/// </summary>
public sealed class DemoStatusReportSeeder(IDbContextFactory<TpmHubDbContext> dbFactory, TimeProvider time, StatusReportService reports)
{
    private static readonly string[] Narratives =
    [
        """
        **Summary.** Wave 1 preparation continued, but the carrier has not confirmed the Direct Connect delivery date.
        The landing zone is nearly built and the pilot apps are being rehosted.

        **This week we need:** a decision from the steering committee on paying the carrier's expedite fee.
        """,
        """
        **Summary.** The carrier confirmed the circuit five weeks late; wave 1 now starts after it, which moves the end date.
        We are running a stop-gap VPN so the pilot is not blocked, and the Oracle licence audit has a specialist on it.

        **This week we need:** help from Group Networks to land the firewall rule changes, which are overdue.
        """,
    ];

    public async Task SeedAsync(ProjectAccess cld, string leadUserId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(cld);
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            if (await db.StatusReports.AnyAsync(r => r.ProjectId == cld.Id, ct))
            {
                return;
            }
        }

        // Written and published by the lead, so the reports name them.
        var lead = cld with { User = new CurrentUser(leadUserId, DemoSeeder.LeadEmail, [ProjectRole.TeamLead]), CanWrite = true };
        var today = DateOnly.FromDateTime(time.GetLocalNow().DateTime);
        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        for (var week = 2; week >= 1; week--)
        {
            var start = monday.AddDays(-7 * week);
            if (start < cld.StartDate)
            {
                continue;
            }

            var draft = await reports.GenerateAsync(lead, new StatusReportRequest(Iso(start), Iso(start.AddDays(6))), ct);
            var report = draft.Value ?? throw new InvalidOperationException("Seeding a status report failed: " + draft.Error);
            var narrative = Narratives[2 - week].Replace("\r\n", "\n", StringComparison.Ordinal) + "\n\n" + report.Narrative;
            var edited = await reports.UpdateNarrativeAsync(lead, report.Id, new StatusReportEditRequest(narrative, report.Version), ct);
            if (!edited.IsSuccess || !(await reports.PublishAsync(lead, report.Id, ct)).IsSuccess)
            {
                throw new InvalidOperationException("Publishing a demo status report failed: " + edited.Error);
            }
        }
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
