using TpmHub.Core.Projects;
using TpmHub.Core.Reporting;
using TpmHub.Core.Risks;

namespace TpmHub.UnitTests.Reporting;

public sealed class StatusReportSectionTests
{
    private static readonly DateOnly End = new(2026, 11, 23);

    [Fact]
    public void Health_WithOverride_SaysItWasSetByHandAndListsTheComputedParts()
    {
        var facts = new HealthReportFacts(ProjectHealth.Red, "Set by hand by Jordan Lee: vendor insolvency", ProjectHealth.Amber,
            ["Schedule amber.", "Budget green."], new HealthOverride(ProjectHealth.Red, "vendor insolvency", "u1", "Jordan Lee", new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero)));

        var section = facts.ToSection();

        section.Key.Should().Be("health");
        section.Markdown.Should().StartWith("**Red** — Set by hand by Jordan Lee: vendor insolvency")
            .And.Contain("computed from the data: amber").And.Contain("- Schedule amber.\n- Budget green.");
        facts.Headline.Should().Be("Overall health is **red**: Set by hand by Jordan Lee: vendor insolvency");
    }

    [Fact]
    public void Health_WithoutOverride_DoesNotMentionOne() =>
        new HealthReportFacts(ProjectHealth.Green, "All good.", ProjectHealth.Green, ["All good."], null).ToSection().Markdown.Should().NotContain("by hand");

    [Fact]
    public void Progress_CountsMilestonesAndFlagsOverdueNextOnes()
    {
        var facts = new ProgressReportFacts(End, 42, 35, 3, [new ReportWorkItem("CLD-6", "Pilot sign-off", new DateOnly(2026, 11, 20))],
            [new ReportWorkItem("CLD-12", "Exit", new DateOnly(2026, 11, 1)), new ReportWorkItem("CLD-14", "Go-live", new DateOnly(2027, 1, 4)),
             new ReportWorkItem("CLD-15", "Hypercare", null)]);

        var md = facts.ToSection().Markdown;

        md.Should().Contain("**42% complete** (up from 35% at the start of the period).").And.Contain("Three work items were finished in the period.")
            .And.Contain("- **CLD-6** Pilot sign-off — reached 2026-11-20")
            .And.Contain("- **CLD-12** Exit — planned for 2026-11-01, not reached yet (overdue)")
            .And.Contain("- **CLD-14** Go-live — planned for 2027-01-04\n")
            .And.Contain("- **CLD-15** Hypercare — not scheduled yet");
        facts.Headline.Should().Be("The work is 42% complete (up from 35% at the start of the period); one milestone was reached in the period.");
    }

    [Theory]
    [InlineData(0, "No work item was finished in the period.")]
    [InlineData(1, "One work item was finished in the period.")]
    [InlineData(12, "12 work items were finished in the period.")]
    public void Progress_ItemsFinished_SingularPluralZero(int finished, string sentence) =>
        new ProgressReportFacts(End, 10, 10, finished, [], []).ToSection().Markdown.Should().Contain(sentence).And.Contain("(no change in the period)");

    [Fact]
    public void Progress_NoWorkPlanned_HasNoPercentAndNoHeadline()
    {
        var facts = new ProgressReportFacts(End, null, null, 0, [], []);

        facts.ToSection().Markdown.Should().Contain("No work with a duration is planned yet").And.Contain("- None.").And.Contain("- None left to reach.");
        facts.Headline.Should().BeNull();
    }

    [Fact]
    public void Schedule_WithBaseline_SaysTheSlipAndListsLateAndNearCriticalWork()
    {
        var facts = new ScheduleReportFacts("Approved plan", new DateOnly(2027, 2, 5), new DateOnly(2027, 2, 12), 5,
            [new ReportWorkItem("CLD-3", "Circuit", new DateOnly(2026, 12, 4), 5, 0)], [new ReportWorkItem("CLD-8", "Schema", new DateOnly(2026, 12, 1), null, 3)]);

        var md = facts.ToSection().Markdown;

        md.Should().StartWith("The work that sets the end date is five days late.")
            .And.Contain("The plan now finishes on **2027-02-12**; the baseline \"Approved plan\" finished on 2027-02-05.")
            .And.Contain("- **CLD-3** Circuit — finishes 2026-12-04, five working days later than the baseline")
            .And.Contain("- **CLD-8** Schema can slip three working days without moving the end date.");
        facts.Headline.Should().Be("The work that sets the end date is five days late.");
    }

    [Fact]
    public void Schedule_WithoutBaseline_AsksForOne()
    {
        var facts = new ScheduleReportFacts(null, null, new DateOnly(2027, 2, 12), null, [], []);

        facts.ToSection().Markdown.Should().Contain("There is no baseline yet").And.Contain("Save a baseline to track how the end date moves.");
    }

    [Fact]
    public void Schedule_NothingScheduled_SaysSoWithoutHeadline()
    {
        var facts = new ScheduleReportFacts(null, null, null, null, [], []);

        facts.ToSection().Markdown.Should().Be("Nothing is scheduled yet.\n");
        facts.Headline.Should().BeNull();
    }

    [Fact]
    public void EarnedValue_InSentencesWithTheFiguresUnderneath()
    {
        var facts = new EarnedValueReportFacts(End, "EUR", 100_000m, 0.9m, 1.1m, 90_909.09m, "Measured against the latest baseline.");

        var md = facts.ToSection().Markdown;

        md.Should().Contain("As of 2026-11-23:").And.Contain("- **Schedule:** For every 10 days of work planned by now, 9 were done.")
            .And.Contain("- **Cost:** Each euro spent bought 1.10 euros of planned work.")
            .And.Contain("9,091 EUR less than its budget of 100,000 EUR").And.Contain("SPI 0.90 · CPI 1.10 · EAC 90,909 EUR · BAC 100,000 EUR.");
    }

    [Fact]
    public void EarnedValue_AbsentRatios_SayWhyInsteadOfZero()
    {
        var md = new EarnedValueReportFacts(End, "USD", 1000m, null, null, null, "").ToSection().Markdown;

        md.Should().Contain("cannot be measured yet").And.Contain("Nothing has been spent yet").And.Contain("SPI not measurable yet · CPI not measurable yet")
            .And.NotContain("0.00");
    }

    [Fact]
    public void EarnedValue_NoBudget_SaysItCannotBeMeasured()
    {
        var facts = new EarnedValueReportFacts(End, "USD", 0m, null, null, null, "");

        facts.ToSection().Markdown.Should().Contain("No work has a budget yet");
        facts.Headline.Should().BeNull();
    }

    [Fact]
    public void Risks_TopWithMitigationsAndTheChanges()
    {
        var facts = new RiskReportFacts(7, [new ReportRisk("CLD-R6", "Circuit *late*", 20, RiskBand.Critical, "Jordan Lee", "Second carrier"),
            new ReportRisk("CLD-R2", "Egress", 9, RiskBand.Medium, null, "")],
            [new ReportRiskChange("CLD-R8", "New one", RiskChangeKind.Raised, null, 12), new ReportRiskChange("CLD-R3", "Gone", RiskChangeKind.Closed, null, null),
             new ReportRiskChange("CLD-R4", "Became an issue", RiskChangeKind.Realised, null, null),
             new ReportRiskChange("CLD-R1", "Worse", RiskChangeKind.ScoreUp, 9, 16), new ReportRiskChange("CLD-R5", "Better", RiskChangeKind.ScoreDown, 12, 6)]);

        var md = facts.ToSection().Markdown;

        md.Should().StartWith("Seven open risks; the two highest by score:")
            .And.Contain("- **CLD-R6** Circuit \\*late\\* — score 20 (critical), owner Jordan Lee. Mitigation: Second carrier")
            .And.Contain("- **CLD-R2** Egress — score 9 (medium), owner not assigned. *No mitigation written yet.*")
            .And.Contain("- **CLD-R8** New one — raised (score 12).").And.Contain("- **CLD-R3** Gone — closed.")
            .And.Contain("- **CLD-R4** Became an issue — happened, and is now handled as an issue.")
            .And.Contain("- **CLD-R1** Worse — score up from 9 to 16.").And.Contain("- **CLD-R5** Better — score down from 12 to 6.");
        facts.Headline.Should().Be("Seven open risks; the highest is CLD-R6 (score 20, critical).");
    }

    [Fact]
    public void Risks_OneOpenNoChanges_SingularAndSaysNothingChanged()
    {
        var facts = new RiskReportFacts(1, [new ReportRisk("CLD-R1", "Only", 4, RiskBand.Low, "A", "m")], []);

        facts.ToSection().Markdown.Should().StartWith("One open risk:").And.Contain("- No risk was raised, closed, realised or re-scored.");
        facts.Headline.Should().Be("One open risk; the highest is CLD-R1 (score 4, low).");
    }

    [Fact]
    public void Risks_NoneOpen_SaysSoWithoutHeadline()
    {
        var facts = new RiskReportFacts(0, [], []);

        facts.ToSection().Markdown.Should().StartWith("No risk is open.");
        facts.Headline.Should().BeNull();
    }

    [Theory]
    [InlineData(0, null)]
    [InlineData(1, "One thing needs the sponsor's help (see Asks).")]
    [InlineData(3, "Three things need the sponsor's help (see Asks).")]
    public void Asks_HeadlineCountsThem(int count, string? headline)
    {
        var facts = new AsksReportFacts(Enumerable.Range(1, count).Select(i => new ReportAsk($"CLD-R{i}", $"Ask {i}", "needed")).ToList());

        facts.Headline.Should().Be(headline);
        facts.ToSection().Markdown.Should().Contain(count == 0 ? "Nothing needs the sponsor's help this period." : "- **CLD-R1** Ask 1 — needed");
    }

    [Fact]
    public void Summary_ListsEveryHeadlineInOrder_SkippingSectionsWithout()
    {
        IReportSectionContent[] sections =
        [
            new HealthReportFacts(ProjectHealth.Amber, "Schedule slipped.", ProjectHealth.Amber, ["Schedule slipped."], null),
            new RiskReportFacts(0, [], []),
            new ScheduleReportFacts("B", new DateOnly(2027, 1, 1), new DateOnly(2027, 1, 4), 1, [], []),
        ];

        StatusReportSummary.Write(sections).Should().Be(
            "**Executive summary**\n\n- Overall health is **amber**: Schedule slipped.\n- The work that sets the end date is one day late.\n");
    }

    [Theory]
    [InlineData("# *urgent* [x](y) | a_b", "\\# \\*urgent\\* \\[x\\](y) \\| a\\_b")]
    [InlineData("two\nlines\r\n  here", "two lines here")]
    [InlineData("  ", "")]
    public void Inline_EscapesMarkdownAndKeepsOneLine(string text, string expected) => ReportMarkdown.Inline(text).Should().Be(expected);
}
