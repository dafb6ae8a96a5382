using System.Text;

namespace TpmHub.Core.Reporting;

/// <summary>The executive summary a new report's narrative starts as: one line per section that has something to say, health first.</summary>
public static class StatusReportSummary
{
    public static string Write(IEnumerable<IReportSectionContent> sections)
    {
        ArgumentNullException.ThrowIfNull(sections);
        var md = new StringBuilder("**Executive summary**\n\n");
        foreach (var headline in sections.Select(s => s.Headline).Where(h => !string.IsNullOrWhiteSpace(h)))
        {
            md.Append("- ").Append(headline).Append('\n');
        }

        return md.ToString();
    }
}
