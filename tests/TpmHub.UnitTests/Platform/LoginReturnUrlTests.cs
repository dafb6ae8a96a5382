using TpmHub.Web.Features.Identity;

namespace TpmHub.UnitTests.Platform;

public sealed class LoginReturnUrlTests
{
    [Theory]
    [InlineData("/projects/CLD", "/projects/CLD")]
    [InlineData("https://evil.example/", "/")]
    [InlineData("//evil.example/", "/")]
    [InlineData("/\\evil.example", "/")]
    [InlineData("/account/login", "/")]
    [InlineData(null, "/")]
    public void SafeReturnUrl_OnlyLocalPaths_AreFollowed(string? returnUrl, string expected) =>
        LoginPage.SafeReturnUrl(returnUrl).Should().Be(expected);
}
