using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TpmHub.Core.People;
using TpmHub.Core.Work;
using TpmHub.Web.Data;
using TpmHub.Web.Features.Access;
using TpmHub.Web.Features.Budget;
using TpmHub.Web.Features.People.Time;
using TpmHub.Web.Features.Work.Items;

namespace TpmHub.Web.Seeding;

/// <summary>
/// Two months of CLD timesheets (October and November 2026, weekdays up to today) for three demo people with a USD
/// rate (the Cloud Platform team first, by name: David Okoye, Elena Petrova, Mei Tanaka), sized so each month's labour cost is what the "internal time" invoice was (24,750 and 24,400): the
/// project's AC and CPI read as before, now from hours × rates. Hours go to the work items in progress on each day.
/// Weeks before the last two are approved. Without such people the two invoices are recorded instead.
/// </summary>
public sealed class DemoTimeSeeder(IDbContextFactory<TpmHubDbContext> dbFactory, TimeEntryService time, WorkItemService workItems, ExpenseService expenses,
    TimeProvider clock)
{
    private static readonly (int Month, decimal Target, string Reference)[] Months = [(10, 24_750m, "TS-2026-10"), (11, 24_400m, "TS-2026-11")];

    public async Task SeedAsync(ProjectAccess cld, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(cld);
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        List<(Guid Id, List<PersonRate> Rates)> people;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            if (await db.TimeEntries.AnyAsync(t => t.ProjectId == cld.Id, ct)
                || await db.Expenses.AnyAsync(e => e.ProjectId == cld.Id && e.Reference.StartsWith("TS-2026-1"), ct))
            {
                return;
            }

            var ids = await db.People.AsNoTracking().Where(p => db.PersonRates.Any(r => r.PersonId == p.Id && r.Currency == cld.Currency))
                .OrderBy(p => p.Team == "Cloud Platform" ? 0 : 1).ThenBy(p => p.Name).Take(3).Select(p => p.Id).ToListAsync(ct);
            var rates = await db.PersonRates.AsNoTracking().Where(r => ids.Contains(r.PersonId)).ToListAsync(ct);
            people = ids.Select(id => (id, rates.Where(r => r.PersonId == id).ToList())).ToList();
        }

        var items = (await workItems.AllAsync(cld, ct)).Value ?? [];
        foreach (var (month, target, reference) in Months)
        {
            var first = new DateOnly(2026, month, 1);
            var days = Enumerable.Range(0, DateTime.DaysInMonth(2026, month)).Select(first.AddDays)
                .Where(d => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && d <= today && d >= cld.StartDate).ToList();
            // Person-days that have a rate in the project's currency.
            var slots = days.SelectMany(d => people.Select(p => (Day: d, p.Id, Rate: TimeEntryRules.RateOn(p.Rates, d))))
                .Where(s => s.Rate is { } r && r.Currency == cld.Currency).ToList();
            var perHour = slots.Sum(s => s.Rate!.RatePerHour);
            if (slots.Count == 0 || perHour == 0m)
            {
                if (days.Count > 0)
                {
                    await expenses.CreateAsync(cld, new ExpenseRequest(days[^1].ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), target, "labour", "expense",
                        $"Internal time ({first:MMMM})", reference, null, null, null), ct);
                }

                continue;
            }

            // The same hours each person-day, in quarter hours, so the month costs about the invoice it replaces.
            var hours = Math.Clamp(Math.Round(target / perHour * 4m, MidpointRounding.AwayFromZero) / 4m, 0.25m, 8m);
            var n = 0;
            var spent = 0m;
            foreach (var (day, personId, rate) in slots)
            {
                // The month's last entry takes up what rounding left, so the month costs the invoice to within a quarter hour.
                var these = n == slots.Count - 1 ? Math.Clamp(Math.Round((target - spent) / rate!.RatePerHour * 4m, MidpointRounding.AwayFromZero) / 4m, 0.25m, 8m) : hours;
                spent += these * rate!.RatePerHour;
                var active = items.Where(i => i.Type == WorkItemType.Task && i.ActualStart <= day && (i.ActualFinish ?? today) >= day).ToList();
                var item = active.Count == 0 ? null : active[n % active.Count].Key;
                n++;
                await time.CreateAsync(cld, new TimeEntryRequest(personId, day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), these, item,
                    item is null ? "Migration factory" : null, null), ct);
            }
        }

        var lastApproved = TimeEntryRules.WeekOf(today).AddDays(-14);
        foreach (var (personId, _) in people)
        {
            for (var week = TimeEntryRules.WeekOf(new DateOnly(2026, 10, 1)); week <= lastApproved; week = week.AddDays(7))
            {
                await time.ApproveAsync(cld, personId, new TimesheetApproval(week.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), ct);
            }
        }
    }
}
