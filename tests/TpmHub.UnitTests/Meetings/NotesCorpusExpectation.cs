using TpmHub.Core.Meetings;

namespace TpmHub.UnitTests.Meetings;

/// <summary>One expected suggestion of a corpus note; owner and due are checked only when given.</summary>
public sealed record NotesCorpusExpectation(SuggestionKind Kind, string Contains, bool CheckOwner, string? Owner, bool CheckDue, DateOnly? Due);
