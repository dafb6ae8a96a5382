namespace TpmHub.Core.Reporting;

/// <summary>A decision as a report shows it: <see cref="Outcome"/> is "accepted", "rejected", "superseded" or "proposed".</summary>
public sealed record ReportDecision(string Key, string Title, string Outcome, DateOnly? DecidedOn, string Decision);
