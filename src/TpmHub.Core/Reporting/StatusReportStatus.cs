namespace TpmHub.Core.Reporting;

/// <summary>A report is a draft the lead edits until it is published; a published report never changes again.</summary>
public enum StatusReportStatus
{
    Draft,
    Published,
}
