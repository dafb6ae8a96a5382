using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TpmHub.Web.Data;
using TpmHub.Web.Features.Access;
using TpmHub.Web.Features.Communications;

namespace TpmHub.Web.Seeding;

/// <summary>
/// The cloud migration's communication plan: the steering status email, the CFO budget review, the all-hands update, the
/// network team's cutover notice per milestone and the security check-in, with the fortnightly budget review overdue.
/// Dates are relative to today so the demo always has exactly one overdue line.
/// </summary>
public sealed class DemoCommunicationSeeder(IDbContextFactory<TpmHubDbContext> dbFactory, TimeProvider time, CommunicationService plan)
{
    public async Task SeedAsync(ProjectAccess cld, string leadEmail, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(cld);
        Dictionary<string, Guid> stakeholders;
        string? leadId;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            if (await db.Communications.AnyAsync(c => c.ProjectId == cld.Id, ct))
            {
                return;
            }

            stakeholders = await db.Stakeholders.Where(s => s.ProjectId == cld.Id).ToDictionaryAsync(s => s.Name, s => s.Id, ct);
            leadId = await db.Users.Where(u => u.Email == leadEmail).Select(u => (string?)u.Id).FirstOrDefaultAsync(ct);
        }

        var today = DateOnly.FromDateTime(time.GetLocalNow().DateTime);
        var daysToMonday = ((int)DayOfWeek.Monday - (int)today.DayOfWeek + 7) % 7;
        var nextMonday = today.AddDays(daysToMonday == 0 ? 7 : daysToMonday);
        (string Audience, string[] Names, string What, string Channel, string Frequency, bool Owned, DateOnly NextDue, string Notes)[] lines =
        [
            ("Steering committee", ["Helen Okafor", "Rajiv Menon", "Sam Patel"],
                "Weekly status: health, milestones, top five risks and the decisions needed this week.", "Email", "weekly", true, nextMonday,
                "One page; the dashboard link for detail. Sent before the Monday steering call."),
            ("CFO budget review", ["Helen Okafor"],
                "Spend against budget, CPI and forecast at completion; cost of the colo lease extension avoided.", "Teams call", "fortnightly", true,
                today.AddDays(-6), "Overdue: moved when the CFO was travelling; rebook this week."),
            ("All-hands update", [],
                "What moved this month, what is coming, who to ask; one customer story from the pilot.", "Town hall slot", "monthly", false,
                today.AddDays(12), "Five minutes in the IT town hall."),
            ("Network team cutover notice", ["Dmitri Volkov"],
                "Cutover window, rollback plan and the firewall and routing changes needed for the next milestone.", "Ticket in the network queue + email", "perMilestone", true,
                today.AddDays(9), "At least ten working days before each milestone."),
            ("Security check-in", ["Rajiv Menon"],
                "Landing-zone guardrails, open findings and evidence for the security baseline.", "Security review meeting", "monthly", true,
                today.AddDays(20), ""),
        ];

        foreach (var l in lines)
        {
            var ids = l.Names.Where(stakeholders.ContainsKey).Select(n => stakeholders[n].ToString()).ToList();
            var created = await plan.CreateAsync(cld, new CommunicationRequest(l.Audience, ids, l.What, l.Channel, l.Frequency, l.Owned ? leadId : null,
                l.NextDue.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), l.Notes, null), ct);
            if (!created.IsSuccess)
            {
                throw new InvalidOperationException($"Seeding communication {l.Audience} failed: {created.Error}");
            }
        }
    }
}
