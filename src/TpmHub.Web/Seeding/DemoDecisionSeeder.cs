using Microsoft.EntityFrameworkCore;
using TpmHub.Web.Data;
using TpmHub.Web.Features.Access;
using TpmHub.Web.Features.Decisions;

namespace TpmHub.Web.Seeding;

/// <summary>
/// The cloud migration's decision log: Direct Connect over VPN, the ERP database lift-and-shift later superseded by an
/// early re-platform, a rejected single-weekend big-bang cutover and a proposal still open, linked to the plan's work items
/// (CLD-3 circuit, CLD-8/9/10 Oracle and wave 2, CLD-11/12 cutover and colo exit) and its risks (CLD-R1 data loss,
/// CLD-R5 lease, CLD-R6 carrier, CLD-R7 Oracle licence audit).
/// </summary>
public sealed class DemoDecisionSeeder(IDbContextFactory<TpmHubDbContext> dbFactory, DecisionService log)
{
    public async Task SeedAsync(ProjectAccess cld, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(cld);
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            if (await db.Decisions.AnyAsync(d => d.ProjectId == cld.Id, ct))
            {
                return;
            }
        }

        await AddAsync(cld, new DecisionRequest("Use AWS Direct Connect rather than site-to-site VPN for wave 2",
            "Wave 2 moves the Oracle estate and nightly batch: about 40 TB and 2 Gbps sustained. The VPN tops out near 1.2 Gbps and adds jitter to the batch window.",
            "Order a 10 Gbps Direct Connect at the Slough PoP with a VPN as backup path.",
            "Site-to-site VPN over two internet links; AWS Snowball for the bulk copy plus VPN for the delta.",
            "Eight-week carrier lead time sits on the critical path (see CLD-R6); monthly port cost of about 2,400; predictable throughput for cutover.",
            "Steering committee", "2026-03-04", "accepted", ["CLD-3", "CLD-10", "CLD-R6"], null, null), ct);
        var liftAndShift = await AddAsync(cld, new DecisionRequest("Lift-and-shift the ERP database, re-platform later",
            "The ERP runs on Oracle 19c on ageing hardware in the colo; the lease ends before a re-platform could be tested.",
            "Rehost Oracle on EC2 with the same licences in wave 2; plan the move to RDS as a later project.",
            "Re-platform to RDS for Oracle now; convert to PostgreSQL.",
            "Fastest exit from the colo; carries the licence cost and the operations burden forward.",
            "Helen Okafor, Rajiv Menon", "2026-03-18", "accepted", ["CLD-10", "CLD-R5"], null, null), ct);
        var replatform = await AddAsync(cld, new DecisionRequest("Re-platform the ERP database to RDS for Oracle in wave 2",
            "The Oracle licence audit notice (CLD-R7) makes running our own licences on EC2 expensive; the schema conversion rehearsal went well.",
            "Move the ERP database to RDS for Oracle (licence included) in wave 2, after a full data migration rehearsal.",
            "Keep the lift-and-shift on EC2 and negotiate with the vendor; delay wave 2 by a quarter.",
            "Adds the rehearsal (CLD-9) to the critical path; removes the licence exposure; backups and patching move to AWS.",
            "Steering committee", "2026-05-13", "accepted", ["CLD-8", "CLD-9", "CLD-R7", "CLD-R1"], null, null), ct);
        await SupersedeAsync(cld, liftAndShift, replatform, ct);
        await AddAsync(cld, new DecisionRequest("Cut over all workloads in one weekend (big bang)",
            "Application owners asked for a single change freeze instead of two waves.",
            "Rejected: cut over in two waves with a rehearsal and a rollback test before each.",
            "One big-bang weekend; three smaller waves.",
            "Two change freezes; each wave can roll back on its own; the data-loss risk (CLD-R1) stays manageable.",
            "Jordan Lee (TPM) with the CAB", "2026-04-08", "rejected", ["CLD-11", "CLD-R1"], null, null), ct);
        await AddAsync(cld, new DecisionRequest("Return the colo racks early and pay the exit fee",
            "The landlord offers a lower exit fee if the racks go back a month before the lease ends (CLD-R5).",
            "Proposed: commit to the earlier rack return if wave 2 holds its baseline date.",
            "Run to the end of the lease; extend by three months.",
            "Saves about 40,000 if the schedule holds; a wave 2 slip would then cost an extension at the full rate.",
            "", null, "proposed", ["CLD-12", "CLD-R5"], null, null), ct);
    }

    private async Task<DecisionRow> AddAsync(ProjectAccess cld, DecisionRequest request, CancellationToken ct)
    {
        var created = await log.CreateAsync(cld, request, ct);
        return created.IsSuccess ? created.Value! : throw new InvalidOperationException($"Seeding decision {request.Title} failed: {created.Error}");
    }

    private async Task SupersedeAsync(ProjectAccess cld, DecisionRow old, DecisionRow by, CancellationToken ct)
    {
        var updated = await log.UpdateAsync(cld, old.Key, new DecisionRequest(old.Title, old.Context, old.Decision, old.Alternatives, old.Consequences,
            old.DecidedBy, old.DecidedOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), "superseded",
            old.Links.Select(l => l.Key).ToList(), by.Key, old.Version), ct);
        if (!updated.IsSuccess)
        {
            throw new InvalidOperationException($"Seeding the supersede of {old.Key} failed: {updated.Error}");
        }
    }
}
