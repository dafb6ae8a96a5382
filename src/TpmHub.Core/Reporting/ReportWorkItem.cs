namespace TpmHub.Core.Reporting;

/// <summary>
/// A work item as a report names it: key, title, the date that matters (done on, planned for, finishes on), and for
/// schedule items its slip against the baseline (working days, null without one) and its total float.
/// </summary>
public sealed record ReportWorkItem(string Key, string Title, DateOnly? Date, int? SlipDays = null, int? TotalFloat = null);
