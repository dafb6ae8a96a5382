using Microsoft.EntityFrameworkCore;
using TpmHub.Core.Meetings;
using TpmHub.Web.Data;
using TpmHub.Web.Features.Access;
using TpmHub.Web.Features.Meetings;

namespace TpmHub.Web.Seeding;

/// <summary>
/// The cloud migration's meetings: a weekly steering committee series of four Mondays ending this week (earlier ones with
/// suggestions accepted into work items, decisions and risks and some rejected because the RAID log already holds them;
/// the latest still to review, its agenda carrying the open actions) and a network design review. Everything goes through
/// the meetings service, so the suggestions are what the extractor finds in the notes.
/// </summary>
public sealed class DemoMeetingSeeder(IDbContextFactory<TpmHubDbContext> dbFactory, MeetingService meetings, MeetingSuggestionService suggestions,
    TimeProvider time, ILogger<DemoMeetingSeeder> logger)
{
    public async Task SeedAsync(ProjectAccess cld, string leadId, string stakeholderUserId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(cld);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await db.Meetings.AnyAsync(m => m.ProjectId == cld.Id, ct))
        {
            return;
        }

        var people = await db.Stakeholders.AsNoTracking().Where(s => s.ProjectId == cld.Id).ToDictionaryAsync(s => s.Name, s => s.Id, ct);
        MeetingAttendeeRequest Stakeholder(string name) => new(null, null, null, null, people.GetValueOrDefault(name) is var id && id != Guid.Empty ? id : null);
        var steering = new List<MeetingAttendeeRequest>
        {
            new(null, null, "jordan", leadId, null),
            new(null, null, "sam", stakeholderUserId, null),
            Stakeholder("Helen Okafor"),
            Stakeholder("Rajiv Menon"),
            Stakeholder("Lena Fischer"),
            Stakeholder("Dmitri Volkov"),
        }.Where(a => a.UserId is not null || a.StakeholderId is not null).ToList();
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));

        var first = await CreateAsync(cld, new MeetingRequest("Steering committee", "steeringCommittee", Iso(monday.AddDays(-21)), "10:00", 60, steering,
            [new("Landing zone and wave 1 pilot", "CLD-2"), new("Direct Connect order", "CLD-3"), new("Risks", null)], """
            ## Status
            - Landing zone accounts are live in all three OUs; the guardrails pass the CIS benchmark.
            - Wave 1 pilot (intranet and HR portal) migrated on Saturday with no P1 incidents.

            ## Discussion
            Dmitri raised that the firewall change window for the Direct Connect cross-connect is not booked yet.
            We agreed to keep the site-to-site VPN as the backup path for wave 2.

            ## Actions
            - [ ] Dmitri to book the firewall change window for the cross-connect by Friday
            - [ ] @jordan to circulate the wave 2 runbook draft by next Wednesday
            - Lena will confirm the Direct Connect port allocation with the carrier by Thursday

            ## Risks
            - RISK: the carrier may miss the install date, which would push wave 2 past the change freeze.
            """, null, null), ct);
        await DecideAsync(cld, first, ["backup path", "firewall change window", "runbook draft"], ["carrier may miss"], ct);

        var second = await CreateAsync(cld, new MeetingRequest("Steering committee", "steeringCommittee", Iso(monday.AddDays(-14)), "10:00", 60, steering, [], """
            Wave 2 rehearsal plan reviewed. The Oracle schema conversion rehearsal passed with three warnings, all understood.
            Helen asked for the updated cost forecast before the December board.

            ACTION: Jordan to send Helen the updated cost forecast by 27 Nov.
            DECISION: Move the ERP data migration rehearsal to the first weekend of December so finance month-end is not affected.
            Concern that the Oracle licence audit could force a re-platform before wave 2 is stable.
            TODO: Rajiv to sign off the security controls for the RDS accounts by EOW
            """, first.Id, null), ct);
        await DecideAsync(cld, second, ["cost forecast", "rehearsal to the first weekend"], ["licence audit"], ct);

        var third = await CreateAsync(cld, new MeetingRequest("Steering committee", "steeringCommittee", Iso(monday.AddDays(-7)), "10:00", 60, steering, [], """
            Status: amber. The Direct Connect install slipped to 11 December, ten working days behind the baseline.
            Lena confirmed AWS will fund a Migration Acceleration Program credit for wave 3.
            We decided to start wave 3 discovery in parallel rather than wait for the wave 2 cutover.

            - [ ] Sam to confirm the change freeze dates with IT operations by Thursday
            - [ ] Jordan to update the baseline forecast and the steering deck by EOW

            RISK: If the cutover slips into the January change freeze we lose the colo exit window.
            """, second.Id, null), ct);
        await DecideAsync(cld, third, ["wave 3 discovery", "January change freeze"], [], ct);

        await CreateAsync(cld, new MeetingRequest("Steering committee", "steeringCommittee", Iso(monday), "10:00", 60, steering, [], """
            The Direct Connect circuit is installed; the throughput test reached 9.4 Gbps.
            Wave 2 go/no-go is set for 10 December.

            Agreed: proceed with the wave 2 cutover on the weekend of 12 December, with the rollback decision point at 06:00 on Sunday.

            - ACTION: Dmitri to run the failover test on the backup VPN path by Friday
            - @jordan to send the cutover communication to all application owners tomorrow
            - Helen will approve the MAP credit paperwork by end of month

            There is a risk that the payroll batch overruns during the cutover weekend.
            """, third.Id, null), ct);

        var design = await CreateAsync(cld, new MeetingRequest("Landing zone network design review", "designReview", Iso(monday.AddDays(-5)), "14:00", 90,
            [steering[0], Stakeholder("Rajiv Menon"), Stakeholder("Dmitri Volkov"), new("Priya Raman", "priya.raman@tpmhub.local", "priya", null, null)],
            [new("Hub-and-spoke with Transit Gateway", null), new("Inspection VPC", null)], """
            # Landing zone network design review

            The hub-and-spoke design with Transit Gateway was walked through end to end; no objections.

            DECISION: Use AWS Network Firewall in the inspection VPC instead of third-party appliances.

            | Action | Owner | Due |
            |---|---|---|
            | Review the egress filtering rules | Rajiv | 4 Dec |
            | Document the IP address allocations per account | Dmitri | 12/8 |

            Concern: the Transit Gateway attachment limit could become a problem after wave 4.
            """, null, null), ct);
        await DecideAsync(cld, design, ["Network Firewall"], [], ct);
    }

    private async Task<MeetingRow> CreateAsync(ProjectAccess cld, MeetingRequest request, CancellationToken ct) =>
        (await meetings.CreateAsync(cld, request, ct)).Value ?? throw new InvalidOperationException($"The demo meeting {request.Title} {request.Date} was refused.");

    private async Task DecideAsync(ProjectAccess cld, MeetingRow meeting, string[] accept, string[] reject, CancellationToken ct)
    {
        var found = (await suggestions.ListAsync(cld, meeting.Id, ct)).Value ?? [];
        foreach (var (phrases, accepting) in new[] { (accept, true), (reject, false) })
        {
            foreach (var phrase in phrases)
            {
                var s = found.FirstOrDefault(s => s.State == SuggestionState.Open && s.Source.Contains(phrase, StringComparison.OrdinalIgnoreCase));
                if (s is null)
                {
                    logger.LogWarning("Demo meeting {Title} {Date}: no suggestion for \"{Phrase}\"", meeting.Title, meeting.Date, phrase);
                    continue;
                }

                var done = accepting
                    ? (await suggestions.AcceptAsync(cld, meeting.Id, s.Id, null, ct)).IsSuccess
                    : (await suggestions.RejectAsync(cld, meeting.Id, s.Id, ct)).IsSuccess;
                if (!done)
                {
                    logger.LogWarning("Demo meeting {Title}: could not decide \"{Phrase}\"", meeting.Title, phrase);
                }
            }
        }
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
