using System.Globalization;
using TpmHub.Web.Features.Common;

namespace TpmHub.Web.Features.Risks.Export;

/// <summary>
/// Writes a RAID log as CSV through <see cref="SafeCsv"/>: a cell beginning with = + - @ (or a tab or carriage return) is
/// prefixed with an apostrophe, so a spreadsheet shows it as text and never runs it as a formula.
/// </summary>
public static class RaidCsv
{
    public static string Write(IEnumerable<RaidEntryDetails> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = SafeCsv.Writer(text))
        {
            foreach (var header in new[] { "Key", "Kind", "Title", "Status", "Owner", "Raised", "Category", "Probability", "Impact", "Score", "Band",
                         "Response", "Cost impact", "Exposure", "Schedule impact (days)", "Residual score", "Review date", "Mitigation plan",
                         "Contingency plan", "Trigger", "Severity", "Resolution", "External party", "Need", "Needed by", "Work items" })
            {
                csv.WriteField(header);
            }

            csv.NextRecord();
            foreach (var e in entries)
            {
                csv.WriteField(e.Key);
                csv.WriteField(e.Kind.ToString());
                csv.WriteField(e.Title);
                csv.WriteField(e.Status.ToString());
                csv.WriteField(e.OwnerName ?? "");
                csv.WriteField(e.RaisedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                csv.WriteField(e.Category?.ToString() ?? "");
                csv.WriteField(e.Probability?.ToString(CultureInfo.InvariantCulture) ?? "");
                csv.WriteField(e.Impact?.ToString(CultureInfo.InvariantCulture) ?? "");
                csv.WriteField(e.Score?.ToString(CultureInfo.InvariantCulture) ?? "");
                csv.WriteField(e.Band?.ToString() ?? "");
                csv.WriteField(e.Response?.ToString() ?? "");
                csv.WriteField(e.CostImpact?.ToString("0.00", CultureInfo.InvariantCulture) ?? "");
                csv.WriteField(e.Exposure?.ToString("0.00", CultureInfo.InvariantCulture) ?? "");
                csv.WriteField(e.ScheduleImpactDays?.ToString(CultureInfo.InvariantCulture) ?? "");
                csv.WriteField(e.ResidualScore?.ToString(CultureInfo.InvariantCulture) ?? "");
                csv.WriteField(e.ReviewDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "");
                csv.WriteField(e.MitigationPlan);
                csv.WriteField(e.ContingencyPlan);
                csv.WriteField(e.Trigger);
                csv.WriteField(e.Severity?.ToString() ?? "");
                csv.WriteField(e.Resolution);
                csv.WriteField(e.ExternalParty);
                csv.WriteField(e.Need);
                csv.WriteField(e.NeededBy?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "");
                csv.WriteField(string.Join(" ", e.WorkItemKeys));
                csv.NextRecord();
            }
        }

        return text.ToString();
    }
}
