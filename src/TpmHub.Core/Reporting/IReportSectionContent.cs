namespace TpmHub.Core.Reporting;

/// <summary>
/// The facts of one report section, already gathered, and how they read: the section's Markdown, and at most one
/// sentence for the executive summary. Pure, so every sentence can be unit-tested without a database.
/// </summary>
public interface IReportSectionContent
{
    /// <summary>One sentence for the executive summary, or null when the section has nothing worth lifting there.</summary>
    string? Headline { get; }

    StatusReportSection ToSection();
}
