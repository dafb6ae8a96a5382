using TpmHub.Core.Certifications;

namespace TpmHub.UnitTests.People;

public sealed class CredentialRulesTests
{
    private static readonly DateOnly Today = new(2026, 12, 1);

    [Theory]
    [InlineData(null, CredentialStatus.NoExpiry)]
    [InlineData(-1, CredentialStatus.Expired)]
    [InlineData(0, CredentialStatus.ExpiringSoon)]
    [InlineData(1, CredentialStatus.ExpiringSoon)]
    [InlineData(90, CredentialStatus.ExpiringSoon)]
    [InlineData(91, CredentialStatus.Valid)]
    [InlineData(-400, CredentialStatus.Expired)]
    public void Status_DaysFromToday_FollowsTheNinetyDayWindow(int? daysAhead, CredentialStatus expected)
    {
        DateOnly? expires = daysAhead is { } d ? Today.AddDays(d) : null;

        CredentialRules.Status(expires, Today).Should().Be(expected);
    }

    [Fact]
    public void Status_ExpiresToday_IsStillValidToday_AndExpiredTomorrow()
    {
        CredentialRules.Status(Today, Today).Should().Be(CredentialStatus.ExpiringSoon);
        CredentialRules.Status(Today, Today.AddDays(1)).Should().Be(CredentialStatus.Expired);
    }

    [Fact]
    public void DefaultExpiry_AddsTheRenewalCycle_AndNoneWithoutOne()
    {
        CredentialRules.DefaultExpiry(new DateOnly(2026, 3, 10), 3).Should().Be(new DateOnly(2029, 3, 10));
        CredentialRules.DefaultExpiry(new DateOnly(2026, 3, 10), null).Should().BeNull();
    }

    [Fact]
    public void DefaultExpiry_EarnedOnLeapDay_EndsOnTheTwentyEighth()
    {
        CredentialRules.DefaultExpiry(new DateOnly(2024, 2, 29), 3).Should().Be(new DateOnly(2027, 2, 28));
        CredentialRules.DefaultExpiry(new DateOnly(2024, 2, 29), 4).Should().Be(new DateOnly(2028, 2, 29));
    }

    [Fact]
    public void CycleStart_FirstCycle_IsTheEarnedDate_EvenOnALeapDay()
    {
        // 2027-02-28 less three years is 2024-02-28, the day before the credential was earned: the cycle starts when it was earned.
        CredentialRules.CycleStart(new DateOnly(2024, 2, 29), new DateOnly(2027, 2, 28), 3).Should().Be(new DateOnly(2024, 2, 29));
    }

    [Fact]
    public void CycleStart_AfterARenewal_IsOneCycleBeforeTheNewExpiry()
    {
        // Earned 2020-05-01, renewed in 2023: the expiry moved to 2026-05-01, so the current cycle began 2023-05-01.
        CredentialRules.CycleStart(new DateOnly(2020, 5, 1), new DateOnly(2026, 5, 1), 3).Should().Be(new DateOnly(2023, 5, 1));
        CredentialRules.CycleStart(new DateOnly(2020, 5, 1), null, null).Should().Be(new DateOnly(2020, 5, 1));
    }

    [Fact]
    public void UnitsLogged_CountsOnlyHoursInTheCurrentCycle_BothEndsIncluded()
    {
        var earned = new DateOnly(2020, 5, 1);
        var expires = new DateOnly(2026, 5, 1);
        (DateOnly, decimal)[] units =
        [
            (new DateOnly(2023, 4, 30), 10m), // previous cycle
            (new DateOnly(2023, 5, 1), 5m),   // first day of this cycle
            (new DateOnly(2025, 1, 15), 7.5m),
            (new DateOnly(2026, 5, 1), 2m),   // the expiry day
            (new DateOnly(2026, 5, 2), 40m),  // after expiry
        ];

        var logged = CredentialRules.UnitsLogged(units, earned, expires, 3);

        logged.Should().Be(14.5m);
        CredentialRules.UnitsNeeded(60, logged).Should().Be(45.5m);
    }

    [Fact]
    public void UnitsNeeded_NeverNegative_AndAbsentWithoutARequirement()
    {
        CredentialRules.UnitsNeeded(20, 35m).Should().Be(0m);
        CredentialRules.UnitsNeeded(60, 60m).Should().Be(0m);
        CredentialRules.UnitsNeeded(null, 12m).Should().BeNull();
    }

    [Fact]
    public void ValidateCredential_ExpiringBeforeEarned_NamesExpiresOn()
    {
        var errors = CredentialRules.ValidateCredential("123", new DateOnly(2026, 5, 1), new DateOnly(2026, 4, 30)).ToDictionary();

        errors.Keys.Should().Equal("expiresOn");
        CredentialRules.ValidateCredential("123", new DateOnly(2026, 5, 1), new DateOnly(2026, 5, 1)).Any.Should().BeFalse();
    }

    [Fact]
    public void ValidateCredential_MissingEarnedDate_NulAndOutOfWindow_AreNamed()
    {
        CredentialRules.ValidateCredential("a\0", null, new DateOnly(2101, 1, 1)).ToDictionary().Keys
            .Should().BeEquivalentTo("credentialId", "earnedOn", "expiresOn");
    }

    [Theory]
    [InlineData(0, "hours")]
    [InlineData(-1, "hours")]
    [InlineData(1000.01, "hours")]
    [InlineData(1.555, "hours")]
    public void ValidateUnits_HoursOutOfRange_NamesHours(double hours, string field)
    {
        var errors = CredentialRules.ValidateUnits(new DateOnly(2026, 1, 1), (decimal)hours, "Course", new DateOnly(2025, 1, 1), new DateOnly(2028, 1, 1), 3);

        errors.ToDictionary().Keys.Should().Equal(field);
    }

    [Fact]
    public void ValidateUnits_ThousandHoursOnTheCycleEdges_AreAccepted()
    {
        CredentialRules.ValidateUnits(new DateOnly(2025, 1, 1), 1000m, "Course", new DateOnly(2025, 1, 1), new DateOnly(2028, 1, 1), 3).Any.Should().BeFalse();
        CredentialRules.ValidateUnits(new DateOnly(2028, 1, 1), 1m, "Course", new DateOnly(2025, 1, 1), new DateOnly(2028, 1, 1), 3).Any.Should().BeFalse();
    }

    [Fact]
    public void ValidateUnits_DatedOutsideTheCycle_OrWithoutActivity_AreNamed()
    {
        var before = CredentialRules.ValidateUnits(new DateOnly(2024, 12, 31), 1m, "Course", new DateOnly(2025, 1, 1), new DateOnly(2028, 1, 1), 3).ToDictionary();
        var after = CredentialRules.ValidateUnits(new DateOnly(2028, 1, 2), 1m, " ", new DateOnly(2025, 1, 1), new DateOnly(2028, 1, 1), 3).ToDictionary();

        before.Keys.Should().Equal("date");
        before["date"][0].Should().Contain("2025-01-01 to 2028-01-01");
        after.Keys.Should().BeEquivalentTo("date", "activity");
    }

    [Fact]
    public void ValidateCertification_UnitsWithoutACycle_AndABadCode_AreNamed()
    {
        CredentialRules.ValidateCertification("PMI-ACP", "Agile Certified Practitioner", "PMI", 3, 30, "PDU").Any.Should().BeFalse();
        CredentialRules.ValidateCertification("p m", "n", "b", null, 10, "PDU").ToDictionary().Keys.Should().BeEquivalentTo("code", "unitsRequired");
        CredentialRules.ValidateCertification("CKA", "", "", 11, null, null).ToDictionary().Keys.Should().BeEquivalentTo("name", "issuingBody", "renewalYears");
    }
}
