using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace TpmHub.IntegrationTests.Identity;

/// <summary>
/// Signs in the way a browser and an API client do, and replays what they were given, so tests can check that a
/// session really ends on the server (a replayed cookie or token must be refused).
/// </summary>
public static partial class AuthClient
{
    public const string CookieName = "tpmhub.auth";

    /// <summary>A client that neither follows redirects nor keeps cookies: every cookie a test sends is one it chose.</summary>
    public static HttpClient Raw(WebApplicationFactory<Program> app) =>
        app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

    /// <summary>Posts the sign-in page's form (with its antiforgery token) and returns the response.</summary>
    public static async Task<HttpResponseMessage> PostLoginFormAsync(WebApplicationFactory<Program> app, string email, string password)
    {
        var client = Raw(app);
        var page = await client.GetAsync("/account/login");
        page.StatusCode.Should().Be(HttpStatusCode.OK);
        var html = await page.Content.ReadAsStringAsync();
        var token = AntiforgeryField().Match(html).Groups[1].Value;
        token.Should().NotBeEmpty("the sign-in form carries an antiforgery token");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/account/login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["_handler"] = "login",
                ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
                ["Input.Email"] = email,
                ["Input.Password"] = password,
            }),
        };
        request.Headers.Add("Cookie", CookiesOf(page));
        return await client.SendAsync(request);
    }

    /// <summary>Signs in through the sign-in page and returns the auth cookie(s) as a Cookie header value.</summary>
    public static async Task<string> SignInWithCookieAsync(WebApplicationFactory<Program> app, string email, string password)
    {
        var response = await PostLoginFormAsync(app, email, password);
        response.StatusCode.Should().Be(HttpStatusCode.Found, "a successful sign-in redirects");
        var cookie = CookiesOf(response, CookieName);
        cookie.Should().NotBeEmpty("a successful sign-in sets the auth cookie");
        return cookie;
    }

    /// <summary>Sends a GET with exactly this Cookie header.</summary>
    public static async Task<HttpResponseMessage> GetWithCookieAsync(WebApplicationFactory<Program> app, string path, string cookie)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", cookie);
        return await Raw(app).SendAsync(request);
    }

    /// <summary>The sign-out form post of the layout's "Sign out" button.</summary>
    public static async Task<HttpResponseMessage> SignOutAsync(WebApplicationFactory<Program> app, string cookie)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/account/logout");
        request.Headers.Add("Cookie", cookie);
        return await Raw(app).SendAsync(request);
    }

    /// <summary>Logs in through the API and returns the body {tokenType, accessToken, expiresIn, refreshToken}.</summary>
    public static async Task<JsonObject> LoginAsync(WebApplicationFactory<Program> app, string email, string password)
    {
        var response = await Raw(app).PostAsJsonAsync("/api/v1/auth/login", new { email, password });
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    public static async Task<HttpResponseMessage> GetWithBearerAsync(WebApplicationFactory<Program> app, string path, string accessToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new("Bearer", accessToken);
        return await Raw(app).SendAsync(request);
    }

    private static string CookiesOf(HttpResponseMessage response, string? prefix = null) =>
        string.Join("; ", (response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [])
            .Select(v => v.Split(';')[0])
            .Where(v => prefix is null || v.StartsWith(prefix, StringComparison.Ordinal))
            .Where(v => !v.EndsWith('=')));

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
