using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using TpmHub.Core.Projects;
using TpmHub.IntegrationTests.Infrastructure;

namespace TpmHub.IntegrationTests.Platform;

/// <summary>What every answer tells the browser about itself: CSP, no sniffing, no referrer path, no caching of API data.</summary>
[Collection(TpmHubAppCollection.Name)]
public sealed partial class SecurityHeadersTests(TpmHubApp app)
{
    [Fact]
    public async Task Page_Response_CarriesAContentSecurityPolicyWithoutInlineScript()
    {
        var response = await app.CreateClient().GetAsync("/account/login");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var policy = Directives(response);
        policy.Should().ContainKey("script-src").WhoseValue.Should().Equal("'self'");
        policy.Should().ContainKey("default-src").WhoseValue.Should().Equal("'self'");
        policy.Should().ContainKey("object-src").WhoseValue.Should().Equal("'none'");
        policy.Should().ContainKey("base-uri").WhoseValue.Should().Equal("'self'");
        policy.Should().ContainKey("frame-ancestors").WhoseValue.Should().Equal("'self'");
        policy.Should().ContainKey("style-src").WhoseValue.Should().Equal("'self'", "'unsafe-inline'");
        policy.Should().ContainKey("connect-src").WhoseValue.Should().Contain("'self'");
        response.Headers.GetValues("X-Content-Type-Options").Should().Equal("nosniff");
        response.Headers.GetValues("Referrer-Policy").Should().Equal("strict-origin-when-cross-origin");
        var html = await response.Content.ReadAsStringAsync();
        InlineScript().Matches(html).Select(m => m.Value).Should().BeEmpty("script-src 'self' blocks every inline script");
    }

    [Fact]
    public async Task ApiAnswer_IsNeverStoredAndNeverSniffed()
    {
        var (_, client) = await app.SignedInAsync(ProjectRole.TeamLead);

        var response = await client.GetAsync("/api/v1/projects");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Headers.CacheControl!.NoStore.Should().BeTrue();
        response.Headers.GetValues("X-Content-Type-Options").Should().Equal("nosniff");
    }

    [Fact]
    public async Task RaidCsvExport_IsNeverStored()
    {
        var (user, client) = await app.SignedInAsync(ProjectRole.TeamLead);
        var key = TpmHubApp.NewKey();
        (await client.PostAsJsonAsync("/api/v1/projects", TpmHubApp.ProjectBody(key, user.Id))).StatusCode.Should().Be(HttpStatusCode.Created);

        var response = await client.GetAsync($"/api/v1/projects/{key}/raid/export.csv");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Headers.CacheControl!.NoStore.Should().BeTrue();
    }

    [Fact]
    public async Task Kestrel_Response_NamesNoServer()
    {
        await using var kestrel = new KestrelApp(app.ConnectionString);
        kestrel.UseKestrel(0);
        kestrel.StartServer();
        var address = kestrel.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        using var http = new HttpClient { BaseAddress = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal)) };

        var response = await http.GetAsync("/health/live");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Headers.Server.Should().BeEmpty("the Server header only tells an attacker what to try");
    }

    [Fact]
    public async Task SignInCookie_OverHttps_IsSecure_AndOverHttpIsSent()
    {
        var user = await app.CreateUserAsync(ProjectRole.Stakeholder);
        var https = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });

        var signIn = await PostLoginFormAsync(https, user.Email);

        AuthCookie(signIn).Should().Contain("secure", "a cookie set over HTTPS must never travel over plain HTTP");
    }

    [Fact]
    public async Task CookiePost_FromAForeignOrigin_IsRefused_FromTheOwnOriginWorks()
    {
        var user = await app.CreateUserAsync(ProjectRole.TeamLead);
        var client = app.CreateClient();
        await SignInThroughTheFormAsync(client, user.Email);

        var foreign = await PostProjectAsync(client, user, ("Origin", "https://evil.example"));
        var crossSite = await PostProjectAsync(client, user, ("Sec-Fetch-Site", "cross-site"));
        var own = await PostProjectAsync(client, user, ("Origin", "http://localhost"));
        var noOrigin = await PostProjectAsync(client, user);

        foreign.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        foreign.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        crossSite.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        own.StatusCode.Should().Be(HttpStatusCode.Created);
        noOrigin.StatusCode.Should().Be(HttpStatusCode.Created);
    }

    [Fact]
    public async Task BearerPost_FromAForeignOrigin_Works()
    {
        var (user, client) = await app.SignedInAsync(ProjectRole.TeamLead);

        var response = await PostProjectAsync(client, user, ("Origin", "https://tools.example"));

        response.StatusCode.Should().Be(HttpStatusCode.Created, "a bearer token is not sent by the browser on its own, so any origin may use one");
    }

    [Fact]
    public async Task CookieGet_FromAForeignOrigin_StillReads()
    {
        var user = await app.CreateUserAsync(ProjectRole.TeamLead);
        var client = app.CreateClient();
        await SignInThroughTheFormAsync(client, user.Email);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/projects");
        request.Headers.Add("Origin", "https://evil.example");

        var response = await client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.OK, "reads change nothing and the browser keeps a foreign page from seeing the answer");
    }

    private static async Task<HttpResponseMessage> PostProjectAsync(HttpClient client, TestUser user, params (string Name, string Value)[] headers)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/projects")
        {
            Content = JsonContent.Create(TpmHubApp.ProjectBody(TpmHubApp.NewKey(), user.Id)),
        };
        foreach (var (name, value) in headers)
        {
            request.Headers.Add(name, value);
        }

        return await client.SendAsync(request);
    }

    private static async Task SignInThroughTheFormAsync(HttpClient client, string email)
    {
        await PostLoginFormAsync(client, email);
        (await client.GetAsync("/api/v1/projects")).StatusCode.Should().Be(HttpStatusCode.OK, "the sign-in cookie authenticates the API");
    }

    /// <summary>Signs in as a browser does: the page's form, its antiforgery token and cookie, then the form post.</summary>
    private static async Task<HttpResponseMessage> PostLoginFormAsync(HttpClient client, string email)
    {
        var form = await client.GetStringAsync("/account/login");
        var token = AntiforgeryToken().Match(form).Groups[1].Value;
        token.Should().NotBeEmpty();
        var response = await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["__RequestVerificationToken"] = token,
            ["Input.Email"] = email,
            ["Input.Password"] = TpmHubApp.Password,
        }));
        response.StatusCode.Should().BeOneOf(HttpStatusCode.OK, HttpStatusCode.Found, HttpStatusCode.Redirect);
        return response;
    }

    private static string AuthCookie(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var cookies)
            ? cookies.Single(c => c.StartsWith("tpmhub.auth=", StringComparison.Ordinal)).ToLowerInvariant()
            : throw new InvalidOperationException("No cookie was set.");

    private static Dictionary<string, string[]> Directives(HttpResponseMessage response)
    {
        response.Headers.TryGetValues("Content-Security-Policy", out var values).Should().BeTrue("pages carry a Content-Security-Policy");
        var all = values!.ToList();
        all.Should().HaveCount(1, "two policies would both apply and the stricter parts of each would win");
        return all[0].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(d => d.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToDictionary(d => d[0], d => d[1..]);
    }

    [GeneratedRegex("""name="__RequestVerificationToken" value="([^"]+)""", RegexOptions.None, 1000)]
    private static partial Regex AntiforgeryToken();

    // A <script> element without a src attribute (inline code, an import map, JSON data).
    [GeneratedRegex("""<script(?![^>]*\bsrc=)[^>]*>""", RegexOptions.IgnoreCase, 1000)]
    private static partial Regex InlineScript();

    private sealed class KestrelApp(string connectionString) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Development");
            builder.UseSetting("TPMHUB_DB", connectionString);
        }
    }
}
