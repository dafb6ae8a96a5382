using Npgsql;
using NpgsqlTypes;
using TpmHub.Core.Projects;
using TpmHub.Core.Risks;

namespace TpmHub.Web.Seeding;

/// <summary>The large seed's RAID log: entries for every project with an assessment history, by binary COPY.</summary>
internal static class LargeRaidSeeder
{
    private static readonly string[] RiskTitles = ["Vendor delivery slips", "Key engineer leaves", "Cutover data loss", "Egress costs overrun",
        "Audit finding not closed", "Performance target missed", "Licence true-up exceeds budget", "Change window refused", "Security review fails",
        "Integration partner API changes"];

    /// <summary>RAID entries for every project (2,000 for the first), with one to four assessments per risk over the past weeks.</summary>
    public static async Task<int> CopyRaidAsync(NpgsqlConnection connection, List<Project> projects, Random random, DateTimeOffset now, CancellationToken ct)
    {
        var entries = new List<RaidEntry>();
        var history = new List<RaidHistory>();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        foreach (var project in projects)
        {
            var count = project.Key == LargeSeeder.FirstKey ? 2_000 : random.Next(60, 120);
            for (var n = 1; n <= count; n++)
            {
                var roll = random.Next(100);
                var kind = roll < 60 ? RaidKind.Risk : roll < 75 ? RaidKind.Assumption : roll < 90 ? RaidKind.Issue : RaidKind.Dependency;
                var raised = today.AddDays(-random.Next(7, 360));
                var statuses = RaidRules.StatusesFor(kind);
                var e = new RaidEntry
                {
                    Id = Guid.CreateVersion7(),
                    ProjectId = project.Id,
                    Number = n,
                    Key = $"{project.Key}-R{n}",
                    Kind = kind,
                    Title = $"{RiskTitles[random.Next(RiskTitles.Length)]} ({n})",
                    OwnerId = project.OwnerId,
                    Status = random.Next(100) < 70 ? statuses[0] : statuses[random.Next(statuses.Count)],
                    RaisedOn = raised,
                    CreatedAt = now,
                    UpdatedAt = now,
                };
                if (kind == RaidKind.Risk)
                {
                    e.Category = (RiskCategory)random.Next(0, 7);
                    e.Probability = random.Next(1, 6);
                    e.Impact = random.Next(1, 6);
                    e.Score = e.Probability * e.Impact;
                    e.Response = (RiskResponse)random.Next(0, 4);
                    e.CostImpact = random.Next(4) == 0 ? null : random.Next(1, 200) * 1_000m;
                    e.ReviewDate = raised.AddDays(random.Next(7, 120));
                    e.MitigationPlan = "Generated for measurement.";
                    if (random.Next(3) == 0)
                    {
                        e.ResidualProbability = Math.Max(1, e.Probability.Value - 1);
                        e.ResidualImpact = e.Impact;
                        e.ResidualScore = e.ResidualProbability * e.ResidualImpact;
                    }

                    // The assessment moved a few times since it was raised; the last snapshot is the current state.
                    var steps = random.Next(1, 5);
                    for (var k = 0; k < steps; k++)
                    {
                        var last = k == steps - 1;
                        var at = raised.AddDays((today.DayNumber - raised.DayNumber) * k / steps);
                        history.Add(new RaidHistory
                        {
                            EntryId = e.Id,
                            ProjectId = project.Id,
                            At = new DateTimeOffset(at.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero),
                            Status = last ? e.Status : RaidStatus.Open,
                            Probability = last ? e.Probability : random.Next(1, 6),
                            Impact = last ? e.Impact : random.Next(1, 6),
                            CostImpact = e.CostImpact,
                            ChangedBy = "large seed",
                        });
                    }
                }
                else if (kind == RaidKind.Dependency)
                {
                    e.ExternalParty = "Network carrier";
                    e.Need = "Circuit delivered";
                    e.NeededBy = raised.AddDays(random.Next(14, 200));
                }
                else if (kind == RaidKind.Issue)
                {
                    e.Severity = (IssueSeverity)random.Next(0, 4);
                }

                entries.Add(e);
            }
        }

        await using (var w = await connection.BeginBinaryImportAsync(
            "COPY raid_entries (id, project_id, number, key, kind, title, description, owner_id, status, raised_on, category, probability, impact, score, " +
            "response, mitigation_plan, contingency_plan, trigger, cost_impact, residual_probability, residual_impact, residual_score, review_date, " +
            "validation_method, severity, resolution, external_party, need, needed_by, created_at, updated_at) FROM STDIN (FORMAT BINARY)", ct))
        {
            foreach (var e in entries)
            {
                await w.StartRowAsync(ct);
                await w.WriteAsync(e.Id, NpgsqlDbType.Uuid, ct);
                await w.WriteAsync(e.ProjectId, NpgsqlDbType.Uuid, ct);
                await w.WriteAsync(e.Number, NpgsqlDbType.Integer, ct);
                await w.WriteAsync(e.Key, NpgsqlDbType.Varchar, ct);
                await w.WriteAsync(e.Kind.ToString(), NpgsqlDbType.Varchar, ct);
                await w.WriteAsync(e.Title, NpgsqlDbType.Varchar, ct);
                await w.WriteAsync("", NpgsqlDbType.Varchar, ct);
                await WriteNullableAsync(w, e.OwnerId, NpgsqlDbType.Text, ct);
                await w.WriteAsync(e.Status.ToString(), NpgsqlDbType.Varchar, ct);
                await w.WriteAsync(e.RaisedOn, NpgsqlDbType.Date, ct);
                await WriteNullableAsync(w, e.Category?.ToString(), NpgsqlDbType.Varchar, ct);
                await WriteNullableAsync(w, e.Probability, NpgsqlDbType.Integer, ct);
                await WriteNullableAsync(w, e.Impact, NpgsqlDbType.Integer, ct);
                await WriteNullableAsync(w, e.Score, NpgsqlDbType.Integer, ct);
                await WriteNullableAsync(w, e.Response?.ToString(), NpgsqlDbType.Varchar, ct);
                await w.WriteAsync(e.MitigationPlan, NpgsqlDbType.Varchar, ct);
                await w.WriteAsync("", NpgsqlDbType.Varchar, ct);
                await w.WriteAsync("", NpgsqlDbType.Varchar, ct);
                await WriteNullableAsync(w, e.CostImpact, NpgsqlDbType.Numeric, ct);
                await WriteNullableAsync(w, e.ResidualProbability, NpgsqlDbType.Integer, ct);
                await WriteNullableAsync(w, e.ResidualImpact, NpgsqlDbType.Integer, ct);
                await WriteNullableAsync(w, e.ResidualScore, NpgsqlDbType.Integer, ct);
                await WriteNullableAsync(w, e.ReviewDate, NpgsqlDbType.Date, ct);
                await w.WriteAsync("", NpgsqlDbType.Varchar, ct);
                await WriteNullableAsync(w, e.Severity?.ToString(), NpgsqlDbType.Varchar, ct);
                await w.WriteAsync("", NpgsqlDbType.Varchar, ct);
                await w.WriteAsync(e.ExternalParty, NpgsqlDbType.Varchar, ct);
                await w.WriteAsync(e.Need, NpgsqlDbType.Varchar, ct);
                await WriteNullableAsync(w, e.NeededBy, NpgsqlDbType.Date, ct);
                await w.WriteAsync(now, NpgsqlDbType.TimestampTz, ct);
                await w.WriteAsync(now, NpgsqlDbType.TimestampTz, ct);
            }

            await w.CompleteAsync(ct);
        }

        await using (var w = await connection.BeginBinaryImportAsync(
            "COPY raid_history (entry_id, project_id, at, status, probability, impact, cost_impact, changed_by) FROM STDIN (FORMAT BINARY)", ct))
        {
            foreach (var h in history)
            {
                await w.StartRowAsync(ct);
                await w.WriteAsync(h.EntryId, NpgsqlDbType.Uuid, ct);
                await w.WriteAsync(h.ProjectId, NpgsqlDbType.Uuid, ct);
                await w.WriteAsync(h.At, NpgsqlDbType.TimestampTz, ct);
                await w.WriteAsync(h.Status.ToString(), NpgsqlDbType.Varchar, ct);
                await WriteNullableAsync(w, h.Probability, NpgsqlDbType.Integer, ct);
                await WriteNullableAsync(w, h.Impact, NpgsqlDbType.Integer, ct);
                await WriteNullableAsync(w, h.CostImpact, NpgsqlDbType.Numeric, ct);
                await w.WriteAsync(h.ChangedBy!, NpgsqlDbType.Varchar, ct);
            }

            await w.CompleteAsync(ct);
        }

        await using (var w = await connection.BeginBinaryImportAsync("COPY raid_sequences (project_id, next_number) FROM STDIN (FORMAT BINARY)", ct))
        {
            foreach (var group in entries.GroupBy(e => e.ProjectId))
            {
                await w.StartRowAsync(ct);
                await w.WriteAsync(group.Key, NpgsqlDbType.Uuid, ct);
                await w.WriteAsync(group.Count() + 1, NpgsqlDbType.Integer, ct);
            }

            await w.CompleteAsync(ct);
        }

        return entries.Count;
    }

    /// <summary>Writes a value or a database null.</summary>
    public static async Task WriteNullableAsync<T>(NpgsqlBinaryImporter w, T? value, NpgsqlDbType type, CancellationToken ct)
    {
        if (value is null)
        {
            await w.WriteNullAsync(ct);
        }
        else
        {
            await w.WriteAsync(value, type, ct);
        }
    }
}
