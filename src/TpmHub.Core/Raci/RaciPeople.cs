namespace TpmHub.Core.Raci;

/// <summary>
/// Who may hold a role in a project's matrix: its members' user ids, and its stakeholders with the user id each one is
/// (null for a stakeholder without an account), so a member and the stakeholder who is the same person can be told apart.
/// </summary>
public sealed record RaciPeople(IReadOnlySet<string> MemberUserIds, IReadOnlyDictionary<Guid, string?> StakeholderUserIds);
