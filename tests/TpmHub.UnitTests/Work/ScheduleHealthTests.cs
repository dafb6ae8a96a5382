using TpmHub.Core.Projects;
using TpmHub.Core.Work;

namespace TpmHub.UnitTests.Work;

public sealed class ScheduleHealthTests
{
    [Theory]
    [InlineData(-5, ProjectHealth.Green)]
    [InlineData(0, ProjectHealth.Green)]
    [InlineData(1, ProjectHealth.Amber)]
    [InlineData(10, ProjectHealth.Amber)]
    [InlineData(11, ProjectHealth.Red)]
    public void Classify_Slip_UsesTheStatedThresholds(int slip, ProjectHealth expected) => ScheduleHealth.Classify(slip).Should().Be(expected);

    [Fact]
    public void Explain_Slip_NamesTheBaselineAndTheDays() =>
        ScheduleHealth.Explain(3, "Approved plan").Should().Be("Forecast finish is 3 working days behind baseline \"Approved plan\" (amber from 1, red beyond 10).");
}
