using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TpmHub.Core.Projects;
using TpmHub.IntegrationTests.Infrastructure;
using TpmHub.IntegrationTests.Work;
using TpmHub.Web.Data;
using static TpmHub.IntegrationTests.Budget.BudgetApi;

namespace TpmHub.IntegrationTests.Sharing;

/// <summary>Share links (issue 11): the token is shown once and kept only hashed, opens one read-only dashboard, dies when revoked or expired.</summary>
[Collection(TpmHubAppCollection.Name)]
public sealed class ShareLinkApiTests(TpmHubApp app)
{
    [Fact]
    public async Task Link_OpensTheDashboardWithoutAnAccount_CountsTheView_AndDiesWhenRevoked()
    {
        var work = await WorkApi.NewProjectAsync(app);
        var created = await CreateLinkAsync(work, new { expiresOn = Iso(Today().AddDays(30)), label = "Board pack" });
        var url = created["url"]!.GetValue<string>();
        var token = url[(url.LastIndexOf('/') + 1)..];
        url.Should().StartWith("http").And.Contain("/share/");
        token.Should().HaveLength(43, "32 random bytes, base64url");

        using var anonymous = Anonymous();
        var page = await anonymous.GetAsync(new Uri(url).PathAndQuery);

        page.StatusCode.Should().Be(HttpStatusCode.OK);
        var html = await page.Content.ReadAsStringAsync();
        html.Should().Contain("data-testid=\"dashboard\"").And.Contain(work.ProjectKey is { } ? "How it is going" : "");
        page.Headers.CacheControl!.NoStore.Should().BeTrue();
        var listed = await work.Client.GetStringAsync($"/api/v1/projects/{work.ProjectKey}/share-links");
        listed.Should().NotContain(token, "the list never holds a token");
        var row = JsonNode.Parse(listed)!.AsArray().Single()!;
        row["views"]!.GetValue<int>().Should().Be(1);
        row["status"]!.GetValue<string>().Should().Be("active");
        row["label"]!.GetValue<string>().Should().Be("Board pack");
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<TpmHubDbContext>>().CreateDbContextAsync();
            (await db.ShareLinks.AnyAsync(l => l.TokenHash == token)).Should().BeFalse("only the hash is stored");
        }

        var revoked = await work.Client.DeleteAsync($"/api/v1/share-links/{created["id"]}");
        revoked.StatusCode.Should().Be(HttpStatusCode.OK);

        var dead = await anonymous.GetAsync(new Uri(url).PathAndQuery);
        dead.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await dead.Content.ReadAsStringAsync()).Should().Contain("This link is no longer valid").And.NotContain("data-testid=\"dashboard\"");
        app.Logs.Lines.Should().NotContain(l => l.Contains(token, StringComparison.Ordinal), "the token never reaches a log");
    }

    [Fact]
    public async Task Link_OpensPublishedReportsOfItsProjectOnly_NeverADraft()
    {
        var work = await WorkApi.NewProjectAsync(app);
        var other = await WorkApi.NewProjectAsync(app);
        var period = new { periodStart = Iso(Today().AddDays(-6)), periodEnd = Iso(Today()) };
        var published = await CreatedAsync(await work.Client.PostAsJsonAsync($"/api/v1/projects/{work.ProjectKey}/status-reports", period));
        (await work.Client.PostAsync($"/api/v1/status-reports/{published["id"]}/publish", null)).EnsureSuccessStatusCode();
        var draft = await CreatedAsync(await work.Client.PostAsJsonAsync($"/api/v1/projects/{work.ProjectKey}/status-reports", period));
        var foreign = await CreatedAsync(await other.Client.PostAsJsonAsync($"/api/v1/projects/{other.ProjectKey}/status-reports", period));
        (await other.Client.PostAsync($"/api/v1/status-reports/{foreign["id"]}/publish", null)).EnsureSuccessStatusCode();
        var path = new Uri((await CreateLinkAsync(work, new { expiresOn = Iso(Today().AddDays(7)) }))["url"]!.GetValue<string>()).AbsolutePath;
        using var anonymous = Anonymous();

        (await anonymous.GetStringAsync(path)).Should().Contain($"/reports/{published["id"]}", "the dashboard links the latest published report");
        var report = await anonymous.GetAsync($"{path}/reports/{published["id"]}");
        report.StatusCode.Should().Be(HttpStatusCode.OK);
        (await report.Content.ReadAsStringAsync()).Should().Contain("data-testid=\"status-report\"");
        foreach (var hidden in new[] { draft["id"], foreign["id"] })
        {
            var refused = await anonymous.GetAsync($"{path}/reports/{hidden}");
            refused.StatusCode.Should().Be(HttpStatusCode.NotFound);
            (await refused.Content.ReadAsStringAsync()).Should().NotContain("data-testid=\"status-report\"");
        }
    }

    [Fact]
    public async Task ExpiredOrUnknownToken_Answers404WithTheSamePage()
    {
        var work = await WorkApi.NewProjectAsync(app);
        var created = await CreateLinkAsync(work, new { expiresOn = Iso(Today()) });
        var path = new Uri(created["url"]!.GetValue<string>()).PathAndQuery;
        using var anonymous = Anonymous();
        (await anonymous.GetAsync(path)).StatusCode.Should().Be(HttpStatusCode.OK, "a link opens through its last day");
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<TpmHubDbContext>>().CreateDbContextAsync();
            var id = Guid.Parse(created["id"]!.GetValue<string>());
            await db.ShareLinks.Where(l => l.Id == id).ExecuteUpdateAsync(u => u.SetProperty(l => l.ExpiresOn, Today().AddDays(-1)));
        }

        foreach (var dead in new[] { path, "/share/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "/share/short" })
        {
            var response = await anonymous.GetAsync(dead);
            response.StatusCode.Should().Be(HttpStatusCode.NotFound, dead);
            (await response.Content.ReadAsStringAsync()).Should().Contain("This link is no longer valid");
        }

        var listed = await OkArrayAsync(work.Client, $"/api/v1/projects/{work.ProjectKey}/share-links");
        listed.Single()!["status"]!.GetValue<string>().Should().Be("expired");
    }

    [Theory]
    [InlineData(91, null, "expiresOn")]
    [InlineData(-1, null, "expiresOn")]
    [InlineData(10, "short", "password")]
    public async Task Create_BadInput_NamesTheFieldAndMakesNothing(int days, string? password, string field)
    {
        var work = await WorkApi.NewProjectAsync(app);

        var response = await work.Client.PostAsJsonAsync($"/api/v1/projects/{work.ProjectKey}/share-links", new { expiresOn = Iso(Today().AddDays(days)), password });

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsObject().Select(e => e.Key).Should().Equal(field);
        (await OkArrayAsync(work.Client, $"/api/v1/projects/{work.ProjectKey}/share-links")).Should().BeEmpty();
    }

    [Fact]
    public async Task PasswordLink_AsksOnce_WrongPasswordRefused_RightOneOpensTheDashboard()
    {
        var work = await WorkApi.NewProjectAsync(app);
        var created = await CreateLinkAsync(work, new { expiresOn = Iso(Today().AddDays(7)), password = "correct horse battery" });
        created["hasPassword"]!.GetValue<bool>().Should().BeTrue();
        var path = new Uri(created["url"]!.GetValue<string>()).PathAndQuery;
        using var browser = Anonymous();

        (await browser.GetStringAsync(path)).Should().Contain("This link needs a password").And.NotContain("data-testid=\"dashboard\"");
        var wrong = await browser.PostAsync(path, new FormUrlEncodedContent([new("password", "wrong guess!")]));
        wrong.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await wrong.Content.ReadAsStringAsync()).Should().Contain("That password is not right.");

        var right = await browser.PostAsync(path, new FormUrlEncodedContent([new("password", "correct horse battery")]));
        right.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var cookie = right.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("tpmhub_share=", StringComparison.Ordinal));
        cookie.Should().Contain("path=/share").And.Contain("httponly").And.Contain("samesite=strict");

        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", cookie.Split(';')[0]);
        (await (await browser.SendAsync(request)).Content.ReadAsStringAsync()).Should().Contain("data-testid=\"dashboard\"");
    }

    [Fact]
    public async Task PasswordGuesses_AreLimitedPerLink()
    {
        var work = await WorkApi.NewProjectAsync(app);
        var created = await CreateLinkAsync(work, new { expiresOn = Iso(Today().AddDays(7)), password = "correct horse battery" });
        var path = new Uri(created["url"]!.GetValue<string>()).PathAndQuery;
        await using var host = app.WithWebHostBuilder(b => b.UseSetting("SignInLimits:PerAccountPerMinute", "3").UseSetting("SignInLimits:PerAddressPerMinute", "1000"));
        using var client = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        for (var i = 0; i < 3; i++)
        {
            (await client.PostAsync(path, new FormUrlEncodedContent([new("password", $"guess number {i}")]))).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        }

        var refused = await client.PostAsync(path, new FormUrlEncodedContent([new("password", "correct horse battery")]));

        refused.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        refused.Headers.RetryAfter.Should().NotBeNull();
    }

    [Fact]
    public async Task Token_IsNoCredentialAnywhereElse()
    {
        var work = await WorkApi.NewProjectAsync(app);
        var created = await CreateLinkAsync(work, new { expiresOn = Iso(Today().AddDays(7)) });
        var url = created["url"]!.GetValue<string>();
        var token = url[(url.LastIndexOf('/') + 1)..];
        using var client = Anonymous();

        using var bearer = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/projects/{work.ProjectKey}");
        bearer.Headers.Authorization = new("Bearer", token);
        (await client.SendAsync(bearer)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);

        foreach (var name in new[] { ".AspNetCore.Identity.Application", "tpmhub_share" })
        {
            using var asCookie = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/projects/{work.ProjectKey}");
            asCookie.Headers.Add("Cookie", $"{name}={token}");
            (await client.SendAsync(asCookie)).StatusCode.Should().Be(HttpStatusCode.Unauthorized, name);
        }

        foreach (var page in new[] { $"/projects/{work.ProjectKey}/dashboard", $"/projects/{work.ProjectKey}", $"/share/{token}/../projects/{work.ProjectKey}" })
        {
            using var asCookie = new HttpRequestMessage(HttpMethod.Get, page);
            asCookie.Headers.Add("Cookie", $".AspNetCore.Identity.Application={token}");
            var response = await client.SendAsync(asCookie);
            ((int)response.StatusCode).Should().BeOneOf([302, 401, 404], page);
            (await response.Content.ReadAsStringAsync()).Should().NotContain("data-testid=\"dashboard\"", page);
        }
    }

    [Fact]
    public async Task ShareLinkApi_StakeholderGets403_OutsiderGets404_AnonymousGets401()
    {
        var work = await WorkApi.NewProjectAsync(app);
        var created = await CreateLinkAsync(work, new { expiresOn = Iso(Today().AddDays(7)) });
        var stakeholder = await work.MemberClientAsync(ProjectRole.Stakeholder);
        var (_, outsider) = await app.SignedInAsync(ProjectRole.TeamLead);
        var list = $"/api/v1/projects/{work.ProjectKey}/share-links";
        var one = $"/api/v1/share-links/{created["id"]}";

        (await stakeholder.GetAsync(list)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await stakeholder.PostAsJsonAsync(list, new { expiresOn = Iso(Today()) })).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await stakeholder.DeleteAsync(one)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await outsider.GetAsync(list)).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await outsider.DeleteAsync(one)).StatusCode.Should().Be(HttpStatusCode.NotFound);
        using var anonymous = Anonymous();
        (await anonymous.GetAsync(list)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await OkArrayAsync(work.Client, list)).Single()!["status"]!.GetValue<string>().Should().Be("active");
    }

    private HttpClient Anonymous() => app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private static async Task<JsonObject> CreateLinkAsync(WorkApi work, object body) =>
        await CreatedAsync(await work.Client.PostAsJsonAsync($"/api/v1/projects/{work.ProjectKey}/share-links", body));

    private static async Task<JsonArray> OkArrayAsync(HttpClient client, string path) => (await client.GetFromJsonAsync<JsonArray>(path))!;
}
