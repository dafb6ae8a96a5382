using TpmHub.Core.Projects;
using TpmHub.Core.Reporting;

namespace TpmHub.UnitTests.Reporting;

public sealed class StatusReportRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    [Fact]
    public void ValidatePeriod_AWeekEndingToday_IsValid() =>
        StatusReportRules.ValidatePeriod(Today.AddDays(-6), Today, Today).Any.Should().BeFalse();

    [Fact]
    public void ValidatePeriod_OneDayAndExactlyOneYear_AreValid()
    {
        StatusReportRules.ValidatePeriod(Today, Today, Today).Any.Should().BeFalse();
        StatusReportRules.ValidatePeriod(Today.AddYears(-1), Today, Today).Any.Should().BeFalse();
    }

    [Theory]
    [InlineData(null, "2026-11-20", "periodStart")]
    [InlineData("2026-11-20", null, "periodEnd")]
    [InlineData("2026-11-21", "2026-11-20", "periodEnd")]
    [InlineData("2025-11-19", "2025-11-21", null)]
    [InlineData("2025-11-19", "2026-11-20", "periodEnd")]
    [InlineData("2026-11-20", "2026-11-26", "periodEnd")]
    [InlineData("1980-01-01", "1980-01-02", "periodStart")]
    public void ValidatePeriod_Invalid_NamesTheField(string? start, string? end, string? field)
    {
        var errors = StatusReportRules.ValidatePeriod(start is null ? null : DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture),
            end is null ? null : DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), Today);

        if (field is null)
        {
            errors.Any.Should().BeFalse();
        }
        else
        {
            errors.Has(field).Should().BeTrue(string.Join("; ", errors.ToDictionary().Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")));
        }
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData("", false)]
    [InlineData("a\0b", true)]
    public void ValidateNarrative_RequiredNoNul_EmptyAllowed(string? narrative, bool invalid) =>
        StatusReportRules.ValidateNarrative(narrative).Has("narrative").Should().Be(invalid);

    [Fact]
    public void ValidateNarrative_LengthLimit()
    {
        StatusReportRules.ValidateNarrative(new string('n', StatusReportRules.NarrativeMaxLength)).Any.Should().BeFalse();
        StatusReportRules.ValidateNarrative(new string('n', StatusReportRules.NarrativeMaxLength + 1)).Has("narrative").Should().BeTrue();
    }

    [Fact]
    public void TitleAndFileName_NameProjectAndPeriod()
    {
        StatusReportRules.Title("Cloud migration", new DateOnly(2026, 11, 17), new DateOnly(2026, 11, 23))
            .Should().Be("Status report — Cloud migration — 2026-11-17 to 2026-11-23");
        StatusReportRules.Title("X", Today, Today).Should().Be("Status report — X — 2026-11-25");
        StatusReportRules.FileName("CLD", new DateOnly(2026, 11, 23)).Should().Be("CLD-status-2026-11-23.md");
    }

    [Fact]
    public void Document_TitleStateNarrativeThenSections()
    {
        var report = new StatusReport
        {
            PeriodStart = new DateOnly(2026, 11, 17), PeriodEnd = new DateOnly(2026, 11, 23), Status = StatusReportStatus.Published,
            Health = ProjectHealth.Amber, Narrative = "We are late.\n", PublishedBy = "Jordan Lee", PublishedAt = new DateTimeOffset(2026, 11, 24, 8, 0, 0, TimeSpan.Zero),
            Sections = [new StatusReportSection("health", "Health", "**Amber**\n"), new StatusReportSection("asks", "Asks", "- help\n")],
        };

        StatusReportRules.Document("Cloud migration", report).Should().Be(
            "# Status report — Cloud migration — 2026-11-17 to 2026-11-23\n\n*Published 2026-11-24 by Jordan Lee · Health when generated: Amber*\n\n" +
            "We are late.\n\n## Health\n\n**Amber**\n\n## Asks\n\n- help\n");
    }

    [Fact]
    public void Document_Draft_SaysItIsNotPublished()
    {
        var report = new StatusReport { PeriodStart = Today, PeriodEnd = Today, Status = StatusReportStatus.Draft, Health = ProjectHealth.Green };

        StatusReportRules.Document("P", report).Should().Contain("*Draft — not published yet · Health when generated: Green*");
    }
}
