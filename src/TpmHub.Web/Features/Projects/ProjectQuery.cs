using TpmHub.Core.Projects;

namespace TpmHub.Web.Features.Projects;

/// <summary>Filtering, sorting and paging of the project list.</summary>
public sealed record ProjectQuery(
    string? Search = null,
    ProjectKind? Kind = null,
    ProjectStatus? Status = null,
    ProjectHealth? Health = null,
    string? Sort = null,
    bool Descending = false,
    int Page = 1,
    int PageSize = 50,
    bool Archived = false);
