using TpmHub.Web.Features.Platform;

namespace TpmHub.UnitTests.Platform;

public sealed class TpmHubCommandTests
{
    [Fact]
    public void Parse_Migrate_ExitsAfterMigrating()
    {
        var command = TpmHubCommand.Parse(["migrate"]);

        command.Should().BeEquivalentTo(new { Migrate = true, SeedDemo = false, ExitAfterMaintenance = true });
    }

    [Fact]
    public void Parse_SeedDemo_SeedsAndExits()
    {
        var command = TpmHubCommand.Parse(["seed", "--demo"]);

        command.Should().BeEquivalentTo(new { Migrate = false, SeedDemo = true, ExitAfterMaintenance = true });
        command.HostArgs.Should().BeEmpty();
    }

    [Fact]
    public void Parse_RunFlags_ServeAndPassHostArgumentsThrough()
    {
        var command = TpmHubCommand.Parse(["--migrate", "--seed-demo", "--banner", "--urls", "http://127.0.0.1:5000"]);

        command.Should().BeEquivalentTo(new { Migrate = true, SeedDemo = true, ExitAfterMaintenance = false, Banner = true });
        command.HostArgs.Should().Equal("--urls", "http://127.0.0.1:5000");
    }

    [Fact]
    public void Parse_SeedScaleLarge_GeneratesWithTheGivenSeed()
    {
        var command = TpmHubCommand.Parse(["seed", "--demo", "--scale", "large", "--seed", "7"]);

        command.Should().BeEquivalentTo(new { SeedDemo = true, SeedLarge = true, LargeSeed = 7, ExitAfterMaintenance = true });
    }

    [Fact]
    public void Parse_UnknownScale_IsRefused() =>
        FluentActions.Invoking(() => TpmHubCommand.Parse(["seed", "--scale", "huge"])).Should().Throw<ArgumentException>().WithMessage("*large*");
}
