using TpmHub.Web.Features.Platform;

namespace TpmHub.UnitTests.Platform;

public sealed class PrerenderHandoffTests
{
    [Fact]
    public void Take_TheSameUsersToken_GivesTheValueOnce()
    {
        using var handoff = new PrerenderHandoff();
        var value = new List<int> { 1, 2, 3 };
        var token = handoff.Put("user-1", value, 3);

        handoff.Take<List<int>>(token, "user-1").Should().BeSameAs(value);
        handoff.Take<List<int>>(token, "user-1").Should().BeNull("a token is single use");
    }

    [Fact]
    public void Take_AnotherUsersToken_GivesNothingAndSpendsIt()
    {
        using var handoff = new PrerenderHandoff();
        var token = handoff.Put("user-1", "plan", 1);

        handoff.Take<string>(token, "user-2").Should().BeNull();
        handoff.Take<string>(token, "user-1").Should().BeNull();
    }

    [Fact]
    public void Take_UnknownEmptyOrMistypedToken_GivesNothing()
    {
        using var handoff = new PrerenderHandoff();
        var token = handoff.Put("user-1", "plan", 1);

        handoff.Take<string>(null, "user-1").Should().BeNull();
        handoff.Take<string>("", "user-1").Should().BeNull();
        handoff.Take<string>("not-a-token", "user-1").Should().BeNull();
        handoff.Take<List<int>>(token, "user-1").Should().BeNull("the value is not of the type asked for");
    }

    [Fact]
    public void Put_TokensAreDistinctAndUnguessable()
    {
        using var handoff = new PrerenderHandoff();

        var tokens = Enumerable.Range(0, 100).Select(i => handoff.Put("user-1", i, 1)).ToList();

        tokens.Should().OnlyHaveUniqueItems().And.AllSatisfy(t => t.Should().MatchRegex("^[0-9A-F]{32}$"));
    }

    [Fact]
    public void Put_MoreThanTheCapacity_IsNotKept()
    {
        using var handoff = new PrerenderHandoff();

        var token = handoff.Put("user-1", "huge", PrerenderHandoff.Capacity + 1);

        handoff.Take<string>(token, "user-1").Should().BeNull("an entry larger than the store is refused; the page then reads again");
    }
}
