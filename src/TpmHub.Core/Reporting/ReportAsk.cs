namespace TpmHub.Core.Reporting;

/// <summary>Something the project needs the sponsor's help with: the RAID entry's key and title and why it is an ask.</summary>
public sealed record ReportAsk(string Key, string Title, string Why);
