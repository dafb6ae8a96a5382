namespace TpmHub.Core.Raci;

/// <summary>A column of the matrix: a project member (by user id) or a stakeholder of the register (by id).</summary>
public readonly record struct RaciPerson(string? MemberUserId, Guid? StakeholderId)
{
    public static RaciPerson Member(string userId) => new(userId, null);

    public static RaciPerson Stakeholder(Guid id) => new(null, id);
}
