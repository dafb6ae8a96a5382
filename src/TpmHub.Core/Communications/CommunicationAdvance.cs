namespace TpmHub.Core.Communications;

/// <summary>
/// The outcome of marking a communication sent: the new next due date, or null when it stays where it was, and a
/// sentence that says which (and why, for a per-milestone communication with no milestone ahead).
/// </summary>
public sealed record CommunicationAdvance(DateOnly? NextDue, string Message);
