using System.Text.Json.Serialization;
using TpmHub.Core.Raci;
using TpmHub.Core.Work;

namespace TpmHub.Web.Features.Raci;

/// <summary>A row as <c>PUT /raci/{itemKey}</c> takes it: the cells that replace the row's (an empty list clears it).</summary>
public sealed record RaciRowRequest(IReadOnlyList<RaciCellRequest?>? Cells);

/// <summary>One cell sent: a member's user id or a stakeholder's id, and the role R, A, C or I.</summary>
public sealed record RaciCellRequest(string? MemberUserId, string? StakeholderId, string? Role)
{
    public RaciCellInput ToInput() => new(MemberUserId, StakeholderId, Role);
}

/// <summary>One filled cell of a row as the API returns it; <see cref="Role"/> is R, A, C or I.</summary>
public sealed record RaciCellRow(string? MemberUserId, Guid? StakeholderId, string Role)
{
    [JsonIgnore]
    public RaciPerson Person => new(MemberUserId, StakeholderId);
}

/// <summary>An epic or milestone with its filled cells and, when it breaks the rule, its problems and their sentences.</summary>
public sealed record RaciRow(
    string ItemKey,
    string Title,
    WorkItemType Type,
    IReadOnlyList<RaciCellRow> Cells,
    IReadOnlyList<RaciProblem> Problems,
    IReadOnlyList<string> ProblemText)
{
    /// <summary>The role of one person in this row, or null for an empty cell.</summary>
    public RaciRole? RoleOf(RaciPerson person) =>
        Cells.FirstOrDefault(c => c.Person == person) is { } cell ? RaciRules.ParseLetter(cell.Role) : null;
}

public enum RaciColumnKind
{
    Member,
    Stakeholder,
}

/// <summary>
/// A person of the matrix: project members first (by name), then the stakeholders of the register (most powerful first).
/// <see cref="Detail"/> (their role, or title and organisation) is for the page's header tooltip, not part of the API.
/// </summary>
public sealed record RaciColumn(string? MemberUserId, Guid? StakeholderId, string Name, RaciColumnKind Kind, [property: JsonIgnore] string Detail = "")
{
    [JsonIgnore]
    public RaciPerson Person => new(MemberUserId, StakeholderId);
}

/// <summary>The matrix: rows are the project's epics and milestones in schedule order, columns its people.</summary>
public sealed record RaciMatrix(IReadOnlyList<RaciRow> Rows, IReadOnlyList<RaciColumn> Columns)
{
    /// <summary>How many rows break the rule.</summary>
    [JsonIgnore]
    public int RowsNeedingAttention => Rows.Count(r => r.Problems.Count > 0);
}
