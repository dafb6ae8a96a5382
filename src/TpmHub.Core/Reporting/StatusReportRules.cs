using System.Globalization;
using System.Text;
using TpmHub.Core.Common;

namespace TpmHub.Core.Reporting;

/// <summary>What a report's period and narrative may be, and how a report reads as one Markdown document.</summary>
public static class StatusReportRules
{
    public const int NarrativeMaxLength = 20_000;

    /// <summary>
    /// Field-named problems of a period: both dates given, within the app's window, start on or before end, at most one
    /// year long (end no later than the start's anniversary), and not ending after <paramref name="today"/> (a report
    /// tells what happened).
    /// </summary>
    public static ValidationErrors ValidatePeriod(DateOnly? start, DateOnly? end, DateOnly today, ValidationErrors? into = null)
    {
        var errors = into ?? new ValidationErrors();
        if (start is null && !errors.Has("periodStart"))
        {
            errors.Add("periodStart", "periodStart is required (yyyy-MM-dd): the first day the report covers.");
        }

        if (end is null && !errors.Has("periodEnd"))
        {
            errors.Add("periodEnd", "periodEnd is required (yyyy-MM-dd): the last day the report covers.");
        }

        var datesOk = InputLimits.Date("periodStart", start, errors) & InputLimits.Date("periodEnd", end, errors);
        if (!datesOk || start is not { } s || end is not { } e)
        {
            return errors;
        }

        if (s > e)
        {
            errors.Add("periodEnd", "periodEnd must be on or after periodStart.");
        }
        else if (e > s.AddYears(1))
        {
            errors.Add("periodEnd", "A report covers at most one year: periodEnd must be no later than " + Iso(s.AddYears(1)) + ".");
        }
        else if (e > today)
        {
            errors.Add("periodEnd", $"A report tells what happened: periodEnd must be today ({Iso(today)}) or earlier.");
        }

        return errors;
    }

    /// <summary>The narrative as sent: required text (it may be empty), no NUL, at most <see cref="NarrativeMaxLength"/> characters.</summary>
    public static ValidationErrors ValidateNarrative(string? narrative, ValidationErrors? into = null)
    {
        var errors = into ?? new ValidationErrors();
        if (narrative is null)
        {
            errors.Add("narrative", "narrative is required (Markdown; send an empty text to clear it).");
        }
        else if (InputLimits.Text("narrative", narrative, errors) && narrative.Length > NarrativeMaxLength)
        {
            errors.Add("narrative", $"narrative is at most {NarrativeMaxLength:N0} characters.");
        }

        return errors;
    }

    /// <summary>"2026-11-17 to 2026-11-23" (one date when the period is a single day).</summary>
    public static string PeriodText(DateOnly start, DateOnly end) => start == end ? Iso(start) : $"{Iso(start)} to {Iso(end)}";

    /// <summary>"Status report — Cloud migration — 2026-11-17 to 2026-11-23".</summary>
    public static string Title(string projectName, DateOnly start, DateOnly end) => $"Status report — {projectName} — {PeriodText(start, end)}";

    /// <summary>The download's file name: the project key, "status" and the period's last day, e.g. <c>CLD-status-2026-11-23.md</c>.</summary>
    public static string FileName(string projectKey, DateOnly end) => $"{projectKey}-status-{Iso(end)}.md";

    /// <summary>
    /// The whole report as one Markdown document: the title, a line saying whether it is published (by whom, when) and the
    /// health at generation, the narrative, then each section under its own heading.
    /// </summary>
    public static string Document(string projectName, StatusReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var md = new StringBuilder();
        md.Append("# ").AppendLine(Title(projectName, report.PeriodStart, report.PeriodEnd)).AppendLine();
        var state = report.Status == StatusReportStatus.Published && report.PublishedAt is { } at
            ? $"Published {Iso(DateOnly.FromDateTime(at.UtcDateTime))}{(string.IsNullOrEmpty(report.PublishedBy) ? "" : " by " + report.PublishedBy)}"
            : "Draft — not published yet";
        md.Append('*').Append(state).Append(" · Health when generated: ").Append(report.Health).AppendLine("*").AppendLine();
        if (!string.IsNullOrWhiteSpace(report.Narrative))
        {
            md.AppendLine(report.Narrative.Trim()).AppendLine();
        }

        foreach (var section in report.Sections)
        {
            md.Append("## ").AppendLine(section.Title).AppendLine();
            md.AppendLine(section.Markdown.Trim()).AppendLine();
        }

        return md.ToString().TrimEnd() + "\n";
    }

    internal static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
