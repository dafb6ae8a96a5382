using TpmHub.Core.Work;

namespace TpmHub.Web.Features.Work.Items;

/// <summary>Server-side filtering, sorting and paging of a project's work items.</summary>
public sealed record WorkItemQuery(
    string? Search = null,
    WorkItemType? Type = null,
    WorkItemStatus? Status = null,
    string? AssigneeId = null,
    bool CriticalOnly = false,
    string? Sort = null,
    bool Descending = false,
    int Page = 1,
    int PageSize = 50);
