using TpmHub.Core.Meetings;

namespace TpmHub.UnitTests.Meetings;

public sealed class MeetingMinutesTests
{
    private const string Notes = """
        ## Status
        The landing zone is live and the guardrails pass the CIS benchmark.
        Wave 1 pilot migrated on Saturday with no incidents; wave 2 planning continues.
        The wave 2 rehearsal is planned for the first weekend of December.

        ## Actions
        - [ ] Maria to send the runbook by Friday
        > quoted text that is never a key point at all
        """;

    [Fact]
    public void Write_ListsWhoWhenAgendaKeyPointsAndTheKeptSuggestions_NotRejectedOnes()
    {
        var facts = new MeetingMinutesFacts("Data centre exit", "Steering <b>committee</b>", MeetingType.SteeringCommittee, new DateOnly(2026, 11, 30),
            new TimeOnly(10, 0), 45, ["Maria Lopez", "Raj Patel"], ["Status", "Wave 2 (CLD-12)"], Notes,
        [
            new(SuggestionKind.Action, "Maria to send the runbook by Friday", "Maria Lopez", new DateOnly(2026, 12, 4), SuggestionState.Accepted, "CLD-42"),
            new(SuggestionKind.Action, "Raj to check the quota", null, null, SuggestionState.Open, null),
            new(SuggestionKind.Risk, "The vendor slips", null, null, SuggestionState.Rejected, null),
        ]);

        var md = MeetingMinutes.Write(facts);

        md.Should().StartWith("# Minutes: Steering &lt;b>committee&lt;/b>\n");
        md.Should().Contain("Steering committee, Monday 30 November 2026, 10:00–10:45");
        md.Should().Contain("**Attendees:** Maria Lopez, Raj Patel");
        md.Should().Contain("1. Status\n2. Wave 2 (CLD-12)");
        md.Should().Contain("- Maria to send the runbook by Friday — Maria Lopez, due Fri 4 Dec 2026 (CLD-42)");
        md.Should().Contain("- Raj to check the quota — owner to be agreed, no due date");
        md.Should().Contain("No decisions were recorded.").And.Contain("No risks were raised.");
        md.Should().NotContain("vendor slips");
        md.Should().Contain("- The landing zone is live").And.NotContain("quoted text").And.NotContain("- ## Status");
    }

    [Fact]
    public void KeyPoints_LeaveOutSentencesThatBecameSuggestions_AndKeepNoteOrder()
    {
        var points = MeetingMinutes.KeyPoints(Notes, ["Maria to send the runbook by Friday"]);

        points.Should().HaveCount(3);
        points[0].Should().StartWith("The landing zone");
        points[^1].Should().StartWith("The wave 2 rehearsal");
        points.Should().NotContain(p => p.Contains("runbook", StringComparison.Ordinal));
    }

    [Fact]
    public void Write_EmptyNotes_SaysSo()
    {
        var md = MeetingMinutes.Write(new MeetingMinutesFacts("P", "Stand-up", MeetingType.Standup, new DateOnly(2026, 11, 30), null, 15, [], [], "", []));

        md.Should().Contain("**Attendees:** none recorded").And.Contain("No notes were taken.").And.NotContain("## Agenda");
    }
}
