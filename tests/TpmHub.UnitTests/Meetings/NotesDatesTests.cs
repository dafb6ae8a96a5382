using TpmHub.Core.Meetings;

namespace TpmHub.UnitTests.Meetings;

public sealed class NotesDatesTests
{
    // Monday 30 November 2026; its week runs to Sunday 6 December.
    private static readonly DateOnly Monday = new(2026, 11, 30);

    [Theory]
    [InlineData("2026-12-03", "2026-12-03")]
    [InlineData("by 2027-01-15", "2027-01-15")]
    [InlineData("12/3", "2026-12-03")]
    [InlineData("12/3/2026", "2026-12-03")]
    [InlineData("3/12", "2027-03-12")]
    [InlineData("15/3", "2027-03-15")]
    [InlineData("3.12.", "2026-12-03")]
    [InlineData("03.12.2026", "2026-12-03")]
    [InlineData("3.12.26", "2026-12-03")]
    [InlineData("1 Dec", "2026-12-01")]
    [InlineData("Dec 1", "2026-12-01")]
    [InlineData("December 1st", "2026-12-01")]
    [InlineData("the 1st of December", "2026-12-01")]
    [InlineData("Dec 4, 2027", "2027-12-04")]
    [InlineData("today", "2026-11-30")]
    [InlineData("EOD", "2026-11-30")]
    [InlineData("tomorrow", "2026-12-01")]
    [InlineData("Friday", "2026-12-04")]
    [InlineData("by Fri", "2026-12-04")]
    [InlineData("on Monday", "2026-12-07")]
    [InlineData("next week", "2026-12-07")]
    [InlineData("next Friday", "2026-12-11")]
    [InlineData("end of next week", "2026-12-11")]
    [InlineData("EOW", "2026-12-04")]
    [InlineData("end of week", "2026-12-04")]
    [InlineData("end of month", "2026-11-30")]
    [InlineData("EOM", "2026-11-30")]
    [InlineData("in two weeks", "2026-12-14")]
    [InlineData("in 2 weeks", "2026-12-14")]
    [InlineData("in 3 days", "2026-12-03")]
    [InlineData("within a month", "2026-12-30")]
    [InlineData("2 weeks from now", "2026-12-14")]
    [InlineData("in 3 business days", "2026-12-03")]
    [InlineData("by the 15th", "2026-12-15")]
    [InlineData("EOD Thursday", "2026-12-03")]
    [InlineData("Fri 12/11", "2026-12-11")]
    [InlineData("(1 week)", "2026-12-07")]
    [InlineData("Fri", "2026-12-04")]
    public void TryResolve_Form_ResolvesAgainstTheMeetingDate(string phrase, string expected)
    {
        NotesDates.TryResolve(phrase, Monday, out var date).Should().BeTrue(phrase);
        date.Should().Be(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), phrase);
    }

    [Theory]
    [InlineData("1 Jan", "2027-01-01")]
    [InlineData("1/4", "2027-01-04")]
    [InlineData("the 5th", "2027-01-05")]
    [InlineData("end of month", "2026-12-31")]
    [InlineData("Friday", "2026-12-25")]
    public void TryResolve_DateWithoutYearInDecember_RollsIntoNextYear(string phrase, string expected)
    {
        NotesDates.TryResolve(phrase, new DateOnly(2026, 12, 21), out var date).Should().BeTrue();
        date.Should().Be(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void TryResolve_WeekdayOfTheMeeting_IsTheNextOneNotToday()
    {
        NotesDates.Resolve("Monday", Monday).Should().Be(new DateOnly(2026, 12, 7));
    }

    [Fact]
    public void TryResolve_EndOfWeekOnASaturday_IsTheNextFriday()
    {
        NotesDates.Resolve("EOW", new DateOnly(2026, 12, 5)).Should().Be(new DateOnly(2026, 12, 11));
        NotesDates.Resolve("EOW", new DateOnly(2026, 12, 4)).Should().Be(new DateOnly(2026, 12, 4));
    }

    [Fact]
    public void TryResolve_LeapDay_ResolvesInALeapYearAndWaitsForOneOtherwise()
    {
        NotesDates.Resolve("29 Feb", new DateOnly(2028, 2, 28)).Should().Be(new DateOnly(2028, 2, 29));
        NotesDates.Resolve("end of month", new DateOnly(2028, 2, 10)).Should().Be(new DateOnly(2028, 2, 29));
        NotesDates.Resolve("29 Feb", new DateOnly(2026, 12, 1)).Should().Be(new DateOnly(2028, 2, 29));
        NotesDates.Resolve("29.02.2027", new DateOnly(2026, 12, 1)).Should().BeNull();
    }

    [Fact]
    public void TryResolve_TheThirtyFirstInAShortMonth_SkipsToAMonthThatHasIt()
    {
        NotesDates.Resolve("by the 31st", new DateOnly(2027, 4, 2)).Should().Be(new DateOnly(2027, 5, 31));
    }

    [Theory]
    [InlineData("we sat down with the vendor")]
    [InlineData("24/7 support")]
    [InlineData("version 3.12 is out")]
    [InlineData("v1.2.3")]
    [InlineData("13/13")]
    [InlineData("nothing here")]
    public void TryResolve_NoDate_IsFalse(string phrase)
    {
        NotesDates.TryResolve(phrase, Monday, out _).Should().BeFalse(phrase);
    }

    [Fact]
    public void Find_Sentence_GivesEveryPhraseWithOffsetsAndDuePrefix()
    {
        const string text = "After the review on Monday, Maria will send it by 12/4.";

        var found = NotesDates.Find(text, Monday);

        found.Should().HaveCount(2);
        text.Substring(found[0].Start, found[0].Length).Should().Be("Monday");
        found[0].HasDuePrefix.Should().BeTrue();
        text.Substring(found[1].Start, found[1].Length).Should().Be("12/4");
        found[1].Date.Should().Be(new DateOnly(2026, 12, 4));
        found[1].HasDuePrefix.Should().BeTrue();
    }

    [Theory]
    [InlineData("Tuesday 1st December: wave 1 on the 3rd Dec, script due 03/12", true)]
    [InlineData("Actions by 18/12 and 23/12, restore runbook 06/01", true)]
    [InlineData("Review on Nov. 24, test on 12/03", false)]
    [InlineData("Steering – 30 Nov: runbook due 12/3", false)]
    public void PrefersDayFirst_TheNotesOwnDateStyle_Decides(string notes, bool dayFirst) =>
        NotesDates.PrefersDayFirst(notes).Should().Be(dayFirst);

    [Fact]
    public void Find_DayFirst_ReadsAmbiguousSlashDatesDayFirstAndLeavesUnambiguousAlone()
    {
        var meeting = new DateOnly(2026, 12, 16);
        NotesDates.Find("06/01", meeting, dayFirst: true).Single().Date.Should().Be(new DateOnly(2027, 1, 6));
        NotesDates.Find("12/18", meeting, dayFirst: true).Single().Date.Should().Be(new DateOnly(2026, 12, 18));
        NotesDates.Find("06/01", meeting).Single().Date.Should().Be(new DateOnly(2027, 6, 1));
    }

    [Fact]
    public void Find_FullSlashDateLongGoneMonthFirst_IsReadDayFirst() =>
        NotesDates.Find("due 03/12/2026", new DateOnly(2026, 12, 1)).Single().Date.Should().Be(new DateOnly(2026, 12, 3));
}
