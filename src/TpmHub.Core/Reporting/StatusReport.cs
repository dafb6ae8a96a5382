using TpmHub.Core.Projects;

namespace TpmHub.Core.Reporting;

/// <summary>
/// A status report of a project for a period: generated from the project's data as a draft (sections as Markdown and a
/// short executive summary as the narrative), edited by the lead (the narrative only), then published and frozen.
/// </summary>
public sealed class StatusReport
{
    public Guid Id { get; set; }

    public Guid ProjectId { get; set; }

    public DateOnly PeriodStart { get; set; }

    public DateOnly PeriodEnd { get; set; }

    public StatusReportStatus Status { get; set; }

    /// <summary>The project's effective health when the report was generated.</summary>
    public ProjectHealth Health { get; set; }

    /// <summary>Markdown the lead edits; generated first as an executive summary.</summary>
    public string Narrative { get; set; } = "";

    /// <summary>The generated sections, in the order they are shown.</summary>
    public List<StatusReportSection> Sections { get; set; } = [];

    public string CreatedBy { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public string? PublishedBy { get; set; }

    public DateTimeOffset? PublishedAt { get; set; }

    public uint Version { get; set; }
}
