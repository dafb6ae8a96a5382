namespace TpmHub.Core.Reporting;

/// <summary>One generated part of a status report: a stable key (<c>health</c>, <c>risks</c> …), its heading and its Markdown body.</summary>
public sealed record StatusReportSection(string Key, string Title, string Markdown);
