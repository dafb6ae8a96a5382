using System.Text.Json.Nodes;
using System.Net.Http.Json;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary;
using TpmHub.Core.Projects;
using TpmHub.IntegrationTests.Generated;
using TpmHub.IntegrationTests.Generated.Models;
using TpmHub.IntegrationTests.Infrastructure;

namespace TpmHub.IntegrationTests.Platform;

/// <summary>
/// A client generated from the OpenAPI document by Kiota (tests/generate-client.sh, committed under Generated/) signs in,
/// carries the bearer token and uses the API: what the document declares is enough to call the running app.
/// </summary>
[Collection(TpmHubAppCollection.Name)]
public sealed class OpenApiClientTests(TpmHubApp app)
{
    private sealed class TokenProvider(string token) : IAccessTokenProvider
    {
        public AllowedHostsValidator AllowedHostsValidator { get; } = new();

        public Task<string> GetAuthorizationTokenAsync(Uri uri, Dictionary<string, object>? additionalAuthenticationContext = null,
            CancellationToken cancellationToken = default) => Task.FromResult(token);
    }

    private TpmHubApiClient Client(IAuthenticationProvider authentication)
    {
        var http = app.CreateClient();
        return new TpmHubApiClient(new HttpClientRequestAdapter(authentication, httpClient: http) { BaseUrl = http.BaseAddress!.ToString().TrimEnd('/') });
    }

    [Fact]
    public async Task GeneratedClient_SignsIn_CreatesAProject_AndReadsItBack()
    {
        var lead = await app.CreateUserAsync(ProjectRole.TeamLead);
        var token = await Client(new AnonymousAuthenticationProvider()).Api.V1.Auth.Login.PostAsync(new LoginRequest { Email = lead.Email, Password = TpmHubApp.Password });
        token!.AccessToken.Should().NotBeNullOrEmpty();

        var client = Client(new BaseBearerTokenAuthenticationProvider(new TokenProvider(token.AccessToken!)));
        var key = TpmHubApp.NewKey();
        var created = await client.Api.V1.Projects.PostAsync(new ProjectRequest
        {
            Key = key, Name = "Made by the generated client", Kind = "softwareDelivery", StartDate = "2026-01-05", TargetDate = "2026-06-30",
        });
        created!.Key.Should().Be(key);

        var read = await client.Api.V1.Projects[key].GetAsync();
        read!.Name.Should().Be("Made by the generated client");
        read.Health.Should().NotBeNull();

        var list = await client.Api.V1.Projects.GetAsync(request => request.QueryParameters.Search = key);
        list!.Items!.Select(p => p.Key).Should().Equal([key]);
    }

    [Fact]
    public async Task GeneratedClient_WithoutAToken_GetsTheDocumented401()
    {
        var client = Client(new AnonymousAuthenticationProvider());

        var act = () => client.Api.V1.Projects.GetAsync();

        (await act.Should().ThrowAsync<ApiException>()).Which.ResponseStatusCode.Should().Be(401);
    }

    [Fact]
    public async Task GeneratedClient_WrongPassword_GetsTheDocumentedProblemDetails()
    {
        var act = () => Client(new AnonymousAuthenticationProvider()).Api.V1.Auth.Login.PostAsync(
            new LoginRequest { Email = "nobody-" + Guid.NewGuid().ToString("N") + "@test.local", Password = "wrong-password-1" });

        var problem = (await act.Should().ThrowAsync<ProblemDetails>()).Which;
        problem.ResponseStatusCode.Should().Be(401);
        problem.Title.Should().Be("Sign-in failed");
    }

    [Fact]
    public async Task GeneratedClient_KnowsEveryOperation()
    {
        var document = (await app.CreateClient().GetFromJsonAsync<JsonObject>("/openapi/v1.json"))!;
        var current = (from path in document["paths"]!.AsObject()
                       from operation in path.Value!.AsObject()
                       where operation.Key is "get" or "put" or "post" or "delete" or "patch" or "head" or "options"
                       select $"{operation.Key.ToUpperInvariant()} {path.Key} {(string?)operation.Value!["operationId"]}")
            .Order(StringComparer.Ordinal).ToList();
        var generated = File.ReadAllLines(Path.Combine(OpenApiDocumentTests.RepositoryRoot(), "tests", "TpmHub.IntegrationTests", "Generated", "operations.txt"))
            .Where(line => line.Length > 0).ToList();

        current.Should().Equal(generated, "the committed client is generated from the current document: run tests/generate-client.sh and commit Generated/");
    }
}
