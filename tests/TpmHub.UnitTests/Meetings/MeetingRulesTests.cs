using TpmHub.Core.Common;
using TpmHub.Core.Meetings;

namespace TpmHub.UnitTests.Meetings;

public sealed class MeetingRulesTests
{
    [Fact]
    public void Validate_MissingTitleAndDate_BadDurationAndNotesOverOneMegabyte_NameEachField()
    {
        var errors = MeetingRules.Validate(" ", null, 2, new string('é', MeetingRules.NotesMaxBytes / 2 + 1)).ToDictionary();

        errors.Keys.Should().BeEquivalentTo("title", "date", "durationMinutes", "notes");
        errors["notes"].Single().Should().Contain("1 MB");
    }

    [Fact]
    public void Validate_NotesOfExactlyOneMegabyte_AreAccepted()
    {
        MeetingRules.Validate("Stand-up", new DateOnly(2026, 11, 30), null, new string('a', MeetingRules.NotesMaxBytes)).Any.Should().BeFalse();
    }

    [Theory]
    [InlineData("", null, null, false, "attendees[0].name")]
    [InlineData("Maria", "maria@", null, false, "attendees[0].email")]
    [InlineData("Maria", "two@@x.com", null, false, "attendees[0].email")]
    [InlineData("Maria", null, "@ma ria", false, "attendees[0].handle")]
    public void ValidateAttendee_BadField_IsNamedWithItsIndex(string name, string? email, string? handle, bool linked, string field)
    {
        var errors = new ValidationErrors();
        MeetingRules.ValidateAttendee(0, name, email, handle, linked, errors);
        errors.ToDictionary().Keys.Should().Equal(field);
    }

    [Fact]
    public void ValidateAttendee_LinkedPersonWithoutName_AndHandleWithAt_AreFine()
    {
        var errors = new ValidationErrors();
        MeetingRules.ValidateAttendee(3, null, "maria@vendor.example", "@maria.l", true, errors);
        errors.Any.Should().BeFalse();
        MeetingRules.NormaliseHandle(" @maria.l ").Should().Be("maria.l");
    }

    [Fact]
    public void ValidateEdits_EmptyOrLongTextAndDateOutsideTheWindow_AreRefused()
    {
        MeetingRules.ValidateEdits(" ", null).ToDictionary().Keys.Should().Equal("text");
        MeetingRules.ValidateEdits(new string('x', 201), new DateOnly(2200, 1, 1)).ToDictionary().Keys.Should().BeEquivalentTo("text", "due");
        MeetingRules.ValidateEdits(null, new DateOnly(2026, 12, 4)).Any.Should().BeFalse();
    }
}

public sealed class SuggestedRiskCategoryTests
{
    [Theory]
    [InlineData("The carrier may miss the install date", "Vendor")]
    [InlineData("Concern that the Oracle licence audit forces a re-platform", "Compliance")]
    [InlineData("Phishing could expose the admin credentials", "Security")]
    [InlineData("The cutover could slip into the January freeze", "Schedule")]
    [InlineData("Cloud spend may exceed the budget in Q1", "Budget")]
    [InlineData("Only one DBA knows the schema; if she is on leave we stall", "Resource")]
    [InlineData("The Transit Gateway attachment limit could become a problem", "Technical")]
    public void Of_Sentence_GuessesTheCategoryByItsWords(string sentence, string expected)
    {
        SuggestedRiskCategory.Of(sentence).ToString().Should().Be(expected);
    }
}
