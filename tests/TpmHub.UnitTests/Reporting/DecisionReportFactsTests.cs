using TpmHub.Core.Reporting;

namespace TpmHub.UnitTests.Reporting;

/// <summary>The status report's decisions section (issue 11): what was decided in the period and what still waits.</summary>
public sealed class DecisionReportFactsTests
{
    private static readonly ReportDecision Accepted = new("CLD-D2", "Use Direct Connect", "accepted", new DateOnly(2026, 11, 24), "Order a 10 Gbps circuit.");
    private static readonly ReportDecision Rejected = new("CLD-D3", "Big-bang cutover", "rejected", new DateOnly(2026, 11, 25), "");
    private static readonly ReportDecision Proposed = new("CLD-D5", "Keep the tape library", "proposed", null, "");

    [Fact]
    public void ToSection_ListsDecidedThenWaiting()
    {
        var section = new DecisionReportFacts([Accepted, Rejected], [Proposed]).ToSection();

        section.Key.Should().Be("decisions");
        section.Title.Should().Be("Decisions");
        section.Markdown.Should().Be(
            "- **CLD-D2** Use Direct Connect — accepted on 2026-11-24: Order a 10 Gbps circuit.\n" +
            "- **CLD-D3** Big-bang cutover — rejected on 2026-11-25.\n" +
            "\nWaiting for a decision:\n" +
            "- **CLD-D5** Keep the tape library\n");
    }

    [Fact]
    public void ToSection_NothingDecided_SaysSo() =>
        new DecisionReportFacts([], []).ToSection().Markdown.Should().Be("No decisions were taken this period.\n");

    [Theory]
    [InlineData(0, 0, null)]
    [InlineData(1, 0, "One decision was taken this period (see Decisions).")]
    [InlineData(2, 1, "Two decisions were taken this period (see Decisions).")]
    [InlineData(0, 1, "One decision still waits to be made (see Decisions).")]
    [InlineData(0, 3, "Three decisions still wait to be made (see Decisions).")]
    public void Headline_CountsInWords(int decided, int waiting, string? headline) =>
        new DecisionReportFacts(Enumerable.Repeat(Accepted, decided).ToList(), Enumerable.Repeat(Proposed, waiting).ToList()).Headline.Should().Be(headline);
}
