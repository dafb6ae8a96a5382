using TpmHub.Core.Meetings;

namespace TpmHub.UnitTests.Meetings;

public sealed class MeetingSuggestionMergeTests
{
    private static readonly Guid MeetingId = Guid.NewGuid();
    private static readonly string[] Names = ["Maria Lopez", "Raj Patel"];

    [Fact]
    public void Merge_FreshNotes_AddsEveryExtractionOpenInNoteOrderWithOwnerNames()
    {
        const string notes = "Maria will send the runbook by Friday.\nRISK: the vendor slips.";
        var extracted = new[]
        {
            new NotesSuggestion(SuggestionKind.Risk, "The vendor slips.", null, null, "RISK: the vendor slips.", 39),
            new NotesSuggestion(SuggestionKind.Action, "Maria will send the runbook by Friday", 0, new DateOnly(2026, 12, 4), "Maria will send the runbook by Friday.", 0),
        };

        var merged = MeetingSuggestionMerge.Merge([], extracted, Names, notes, MeetingId, Guid.NewGuid);

        merged.Select(s => (s.Kind, s.Position, s.Owner, s.State)).Should().Equal(
            (SuggestionKind.Action, 0, "Maria Lopez", SuggestionState.Open), (SuggestionKind.Risk, 1, (string?)null, SuggestionState.Open));
        merged.Should().OnlyContain(s => s.MeetingId == MeetingId && s.Fingerprint.Length > 0);
    }

    [Fact]
    public void Merge_RejectedSentenceStillInTheNotes_StaysRejectedAndIsNotSuggestedAgain()
    {
        var rejected = Stored(SuggestionKind.Risk, "RISK: the vendor slips.", SuggestionState.Rejected, 0);
        const string notes = "New first line.\nRISK: the Vendor   slips!";
        var extracted = new[] { new NotesSuggestion(SuggestionKind.Risk, "The Vendor slips!", null, null, "RISK: the Vendor   slips!", 16) };

        var merged = MeetingSuggestionMerge.Merge([rejected], extracted, Names, notes, MeetingId, Guid.NewGuid);

        merged.Should().ContainSingle().Which.Should().Match<MeetingSuggestion>(s => s.Id == rejected.Id && s.State == SuggestionState.Rejected);
        merged[0].SourceStart.Should().Be(-1, "the exact sentence changed spacing, so it cannot be highlighted, yet its fingerprint matches");
    }

    [Fact]
    public void Merge_AcceptedKeepsItsKeyAndNewOffset_OpenOneKeepsItsIdAndIsRefreshed_VanishedOpenOneGoes()
    {
        var accepted = Stored(SuggestionKind.Decision, "DECISION: blue-green.", SuggestionState.Accepted, 40);
        accepted.CreatedKey = "CLD-D7";
        var open = Stored(SuggestionKind.Action, "Raj to check the quota.", SuggestionState.Open, 0);
        var gone = Stored(SuggestionKind.Action, "Old line.", SuggestionState.Open, 20);
        const string notes = "Raj to check the quota.\nDECISION: blue-green.";
        var extracted = new[]
        {
            new NotesSuggestion(SuggestionKind.Action, "Raj to check the quota", 1, new DateOnly(2026, 12, 7), "Raj to check the quota.", 0),
            new NotesSuggestion(SuggestionKind.Decision, "Blue-green.", null, null, "DECISION: blue-green.", 24),
        };

        var merged = MeetingSuggestionMerge.Merge([accepted, open, gone], extracted, Names, notes, MeetingId, Guid.NewGuid);

        merged.Select(s => s.Id).Should().Equal(open.Id, accepted.Id);
        merged[0].Owner.Should().Be("Raj Patel");
        merged[0].Due.Should().Be(new DateOnly(2026, 12, 7));
        merged[1].CreatedKey.Should().Be("CLD-D7");
        merged[1].SourceStart.Should().Be(24);
        accepted.SourceStart.Should().Be(40, "the stored suggestion is not modified");
    }

    [Fact]
    public void Merge_SameSentenceAsActionAndRisk_AreTwoSuggestions_AndALongTextIsClipped()
    {
        var source = "If Maria cannot send it by Friday we slip " + new string('x', 300);
        var extracted = new[]
        {
            new NotesSuggestion(SuggestionKind.Action, source, 0, null, source, 0),
            new NotesSuggestion(SuggestionKind.Risk, source, null, null, source, 0),
        };

        var merged = MeetingSuggestionMerge.Merge([], extracted, Names, source, MeetingId, Guid.NewGuid);

        merged.Should().HaveCount(2);
        merged.Select(s => s.Fingerprint).Should().OnlyHaveUniqueItems();
        merged.Should().OnlyContain(s => s.Text.Length == MeetingRules.SuggestionTextMaxLength && s.Text.EndsWith('…'));
    }

    [Fact]
    public void Fingerprint_IgnoresCasePunctuationAndSpacing_ButNotKindOrWords()
    {
        SuggestionFingerprint.Of(SuggestionKind.Action, "- [ ] Maria: send the RUNBOOK!").Should()
            .Be(SuggestionFingerprint.Of(SuggestionKind.Action, "maria send   the runbook"));
        SuggestionFingerprint.Of(SuggestionKind.Action, "send the runbook").Should().NotBe(SuggestionFingerprint.Of(SuggestionKind.Risk, "send the runbook"));
        SuggestionFingerprint.Of(SuggestionKind.Action, "send the runbook").Should().NotBe(SuggestionFingerprint.Of(SuggestionKind.Action, "send the plan"));
        SuggestionFingerprint.Of(SuggestionKind.Action, new string('a', 5000)).Length.Should().Be(512);
    }

    private static MeetingSuggestion Stored(SuggestionKind kind, string source, SuggestionState state, int start) => new()
    {
        Id = Guid.NewGuid(), MeetingId = MeetingId, Kind = kind, Text = source, Source = source, SourceStart = start, State = state,
        Fingerprint = SuggestionFingerprint.Of(kind, source),
    };
}
