using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TpmHub.Core.Budget;
using TpmHub.Web.Data;
using TpmHub.Web.Features.Access;
using TpmHub.Web.Features.Budget;
using TpmHub.Web.Features.Work.Progress;

namespace TpmHub.Web.Seeding;

/// <summary>
/// The cloud migration's money: an approved budget over its months, the invoices paid so far (the Direct Connect slip
/// brought expedite fees and a stop-gap VPN), and the dated progress behind today's percentages, so the Budget tab's
/// earned value tells the story: behind schedule and over budget since the circuit slipped. Dates after today are left
/// out, so the demo stays true whenever it is seeded.
/// </summary>
public sealed class DemoBudgetSeeder(
    IDbContextFactory<TpmHubDbContext> dbFactory,
    TimeProvider time,
    BudgetLineService lines,
    ExpenseService expenses,
    ProgressService progress)
{
    public async Task SeedAsync(ProjectAccess cld, CancellationToken ct)
    {
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            if (await db.BudgetLines.AnyAsync(l => l.ProjectId == cld.Id, ct))
            {
                return;
            }
        }

        var today = DateOnly.FromDateTime(time.GetLocalNow().DateTime);
        foreach (var (category, spend, amounts) in Budget)
        {
            for (var m = 0; m < amounts.Length; m++)
            {
                if (amounts[m] > 0m)
                {
                    var month = new DateOnly(2026, 6, 1).AddMonths(m).ToString("yyyy-MM", CultureInfo.InvariantCulture);
                    await lines.CreateAsync(cld, new BudgetLineRequest(category, spend, month, amounts[m], null, null), ct);
                }
            }
        }

        foreach (var (date, amount, category, kind, vendor, reference, item) in Invoices.Where(i => i.Date <= today))
        {
            await expenses.CreateAsync(cld, new ExpenseRequest(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), amount, category, kind,
                vendor, reference, item, null, null), ct);
        }

        foreach (var (item, date, percent) in Progress.Where(p => p.Date <= today))
        {
            await progress.RecordAsync(cld, item, new ProgressRequest(percent, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), ct);
        }
    }

    // October's and November's internal time is logged as timesheets (DemoTimeSeeder), worth what the invoices were.
    // Twelve months from June 2026: labour and cloud ramp up with the waves; contingency is held in the last quarter.
    private static readonly (string Category, string Spend, decimal[] Amounts)[] Budget =
    [
        ("labour", "opEx", [30_000m, 34_000m, 36_000m, 38_000m, 42_000m, 42_000m, 40_000m, 38_000m, 35_000m, 29_000m, 19_000m, 11_000m]),
        ("cloudInfrastructure", "opEx", [3_000m, 5_000m, 7_000m, 10_000m, 13_000m, 16_000m, 19_000m, 22_000m, 24_000m, 26_000m, 26_000m, 26_000m]),
        ("vendorsServices", "opEx", [12_000m, 16_000m, 18_000m, 14_000m, 12_000m, 12_000m, 10_000m, 8_000m, 8_000m, 6_000m, 5_000m, 3_000m]),
        ("hardware", "capEx", [0m, 10_000m, 14_000m, 0m, 0m, 0m, 0m, 0m, 0m, 0m, 0m, 0m]),
        ("licences", "opEx", [5_000m, 0m, 0m, 5_000m, 0m, 0m, 5_000m, 0m, 0m, 5_000m, 0m, 0m]),
        ("training", "opEx", [0m, 6_000m, 0m, 0m, 5_000m, 0m, 0m, 0m, 0m, 0m, 0m, 0m]),
        ("contingency", "opEx", [0m, 0m, 0m, 0m, 0m, 0m, 0m, 0m, 0m, 30_000m, 30_000m, 30_000m]),
    ];

    private static readonly (DateOnly Date, decimal Amount, string Category, string Kind, string Vendor, string Reference, string? Item)[] Invoices =
    [
        (new(2026, 6, 30), 16_250m, "labour", "expense", "Internal time (June)", "TS-2026-06", null),
        (new(2026, 6, 12), 6_600m, "vendorsServices", "expense", "Cloudreach", "INV-88121", "CLD-1"),
        (new(2026, 6, 20), 2_650m, "licences", "expense", "Atlassian", "PO-40117", null),
        (new(2026, 6, 30), 1_600m, "cloudInfrastructure", "expense", "Amazon Web Services", "AWS-2026-06", null),
        (new(2026, 7, 31), 19_500m, "labour", "expense", "Internal time (July)", "TS-2026-07", null),
        (new(2026, 7, 10), 9_500m, "vendorsServices", "expense", "Cloudreach", "INV-88407", "CLD-2"),
        (new(2026, 7, 15), 5_600m, "hardware", "expense", "Equinix", "EQX-DC-5512", "CLD-3"),
        (new(2026, 7, 22), 3_450m, "training", "expense", "AWS Training", "TRN-2231", null),
        (new(2026, 7, 31), 2_750m, "cloudInfrastructure", "expense", "Amazon Web Services", "AWS-2026-07", null),
        (new(2026, 8, 31), 21_300m, "labour", "expense", "Internal time (August)", "TS-2026-08", null),
        (new(2026, 8, 7), 8_400m, "hardware", "expense", "Equinix", "EQX-DC-5619", "CLD-3"),
        (new(2026, 8, 14), 4_250m, "vendorsServices", "expense", "BT Wholesale", "BTW-77310", "CLD-3"),
        (new(2026, 8, 19), 550m, "hardware", "refund", "Equinix", "EQX-CR-0042", "CLD-3"),
        (new(2026, 8, 28), 7_250m, "vendorsServices", "expense", "Cloudreach", "INV-88790", "CLD-4"),
        (new(2026, 8, 31), 4_300m, "cloudInfrastructure", "expense", "Amazon Web Services", "AWS-2026-08", null),
        (new(2026, 9, 30), 22_800m, "labour", "expense", "Internal time (September)", "TS-2026-09", null),
        (new(2026, 9, 9), 6_250m, "vendorsServices", "expense", "BT Wholesale", "BTW-78022", "CLD-3"),
        (new(2026, 9, 18), 2_700m, "licences", "expense", "HashiCorp", "PO-40388", null),
        (new(2026, 9, 25), 8_250m, "vendorsServices", "expense", "Cloudreach", "INV-89102", "CLD-4"),
        (new(2026, 9, 30), 5_950m, "cloudInfrastructure", "expense", "Amazon Web Services", "AWS-2026-09", null),
        (new(2026, 10, 6), 3_750m, "cloudInfrastructure", "expense", "Amazon Web Services", "AWS-VPN-1006", "CLD-3"),
        (new(2026, 10, 16), 4_900m, "vendorsServices", "expense", "BT Wholesale", "BTW-78455", "CLD-3"),
        (new(2026, 10, 23), 2_850m, "training", "expense", "Oracle University", "TRN-2390", "CLD-8"),
        (new(2026, 10, 30), 8_800m, "vendorsServices", "expense", "AWS Professional Services", "APS-31877", "CLD-8"),
        (new(2026, 10, 31), 8_400m, "cloudInfrastructure", "expense", "Amazon Web Services", "AWS-2026-10", null),
        (new(2026, 11, 13), 4_250m, "vendorsServices", "expense", "BT Wholesale", "BTW-78901", "CLD-3"),
        (new(2026, 11, 20), 5_500m, "vendorsServices", "expense", "Cloudreach", "INV-89544", "CLD-5"),
        // The migration factory's invoices, and the co-location extension the circuit delay made necessary.
        (new(2026, 9, 30), 42_000m, "vendorsServices", "expense", "Cloudreach", "INV-89110", "CLD-5"),
        (new(2026, 10, 15), 38_000m, "vendorsServices", "expense", "AWS Professional Services", "APS-31655", "CLD-7"),
        (new(2026, 11, 6), 46_000m, "vendorsServices", "expense", "Cloudreach", "INV-89480", "CLD-7"),
        (new(2026, 11, 25), 44_000m, "vendorsServices", "expense", "Cloudreach", "INV-89601", "CLD-7"),
        (new(2026, 11, 26), 30_000m, "hardware", "expense", "Equinix", "EQX-EXT-2027", "CLD-12"),
        (new(2026, 11, 27), 10_050m, "cloudInfrastructure", "expense", "Amazon Web Services", "AWS-2026-11", null),
    ];

    // How the percentages the plan shows today were reached (today's value is recorded as of the seeding day).
    private static readonly (string Item, DateOnly Date, int Percent)[] Progress =
    [
        ("CLD-1", new(2026, 6, 12), 40), ("CLD-1", new(2026, 6, 26), 80), ("CLD-1", new(2026, 7, 6), 100),
        ("CLD-2", new(2026, 7, 17), 40), ("CLD-2", new(2026, 7, 31), 100),
        ("CLD-3", new(2026, 7, 17), 10), ("CLD-3", new(2026, 8, 21), 30), ("CLD-3", new(2026, 9, 25), 50), ("CLD-3", new(2026, 10, 30), 70), ("CLD-3", new(2026, 11, 27), 85),
        ("CLD-4", new(2026, 8, 21), 40), ("CLD-4", new(2026, 9, 11), 90), ("CLD-4", new(2026, 9, 18), 100),
        ("CLD-5", new(2026, 9, 25), 40), ("CLD-5", new(2026, 10, 9), 90), ("CLD-5", new(2026, 10, 16), 100),
        ("CLD-6", new(2026, 10, 16), 100),
        ("CLD-7", new(2026, 10, 30), 15), ("CLD-7", new(2026, 11, 13), 30), ("CLD-7", new(2026, 11, 27), 50),
        ("CLD-8", new(2026, 8, 28), 30), ("CLD-8", new(2026, 9, 25), 70), ("CLD-8", new(2026, 10, 23), 90),
        ("CLD-9", new(2026, 10, 23), 20), ("CLD-9", new(2026, 11, 20), 50),
    ];
}
