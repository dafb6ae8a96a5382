namespace TpmHub.Web.Features.People.Time;

/// <summary>A time entry as the API and the timesheet send it; the date arrives as text for a field-named error.</summary>
/// <param name="WorkItem">The key (<c>CLD-12</c>) of a work item of the project, or null.</param>
public sealed record TimeEntryRequest(Guid? PersonId, string? Date, decimal? Hours, string? WorkItem, string? Note, uint? Version);

/// <summary>A time entry as read back, with its labour cost (hours × the person's rate on the day) in the project's currency.</summary>
public sealed record TimeEntryRow(Guid Id, Guid PersonId, string PersonName, DateOnly Date, decimal Hours, string? WorkItem, string? WorkItemTitle,
    string Note, decimal Cost, bool Approved, uint Version);

/// <summary>One row of a weekly timesheet: a work item (or none) and the hours of each day, Monday first.</summary>
public sealed record TimesheetRow(string? WorkItem, string Title, IReadOnlyList<decimal> Hours, decimal Total);

/// <summary>A person's week on a project: seven days from Monday, rows per work item, day totals, cost and whether it is approved.</summary>
public sealed record Timesheet(Guid PersonId, string PersonName, DateOnly Week, IReadOnlyList<DateOnly> Days, IReadOnlyList<TimesheetRow> Rows,
    IReadOnlyList<decimal> DayTotals, decimal Total, decimal Cost, bool Approved, bool AnyEntries);

/// <summary>Approve a person's week (the Monday, or any day of it).</summary>
public sealed record TimesheetApproval(string? Week);

/// <summary>Someone who can log time on the project: a person with a rate in the project's currency.</summary>
public sealed record TimePersonOption(Guid Id, string Name, string Title);
