using TpmHub.Web.Features.Common;

namespace TpmHub.UnitTests.Common;

public sealed class MarkdownRendererTests
{
    [Fact]
    public void ToSafeHtml_Emphasis_RendersMarkup() =>
        MarkdownRenderer.ToSafeHtml("**Exit** the lease").Should().Contain("<strong>Exit</strong>");

    [Fact]
    public void ToSafeHtml_ScriptTag_IsInert()
    {
        var html = MarkdownRenderer.ToSafeHtml("hello <script>alert(1)</script>");

        html.Should().NotContain("<script");
    }

    [Fact]
    public void ToSafeHtml_JavascriptLink_LosesItsHref()
    {
        var html = MarkdownRenderer.ToSafeHtml("[click](javascript:alert(1))");

        html.Should().NotContain("javascript:");
    }

    [Fact]
    public void ToSafeHtml_RawHtmlWithHandler_IsNotRendered()
    {
        var html = MarkdownRenderer.ToSafeHtml("<img src=x onerror=alert(1)>");

        // Shown as text (escaped), never as an element that could run its handler.
        html.Should().NotContain("<img").And.Contain("&lt;img");
    }

    [Fact]
    public void ToSafeHtml_HttpLink_IsKeptWithNoopener()
    {
        var html = MarkdownRenderer.ToSafeHtml("[docs](https://example.com)");

        html.Should().Contain("href=\"https://example.com\"").And.Contain("noopener");
    }
}
