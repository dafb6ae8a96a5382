using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using TpmHub.IntegrationTests.Infrastructure;

namespace TpmHub.IntegrationTests.Platform;

/// <summary>
/// The OpenAPI document is what a generated client (Kiota, NSwag) knows of the API: the bearer scheme, an operationId per
/// operation and the problem-details 4xx answers (issue 9). The first test also writes the document to
/// artifacts/openapi/v1.json, which .ci/run lints with Redocly's recommended rules.
/// </summary>
[Collection(TpmHubAppCollection.Name)]
public sealed class OpenApiDocumentTests(TpmHubApp app)
{
    private static readonly string[] AnonymousPaths = ["/api/v1/auth/login", "/api/v1/auth/refresh"];
    private static readonly string[] Writes = ["post", "put", "patch", "delete"];

    /// <summary>
    /// Updates by key that take no version: a RACI row is replaced whole (its cells are not one editable resource with a
    /// version); writers of one row are serialised by a lock, and the page changes one cell of the row as it is now.
    /// </summary>
    private static readonly string[] Unversioned = ["PUT /api/v1/projects/{key}/raci/{itemKey}"];

    public static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "TpmHub.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("TpmHub.sln not found above " + AppContext.BaseDirectory);
    }

    private async Task<JsonObject> DocumentAsync() =>
        (await app.CreateClient().GetFromJsonAsync<JsonObject>("/openapi/v1.json"))!;

    private static IEnumerable<(string Path, string Method, JsonObject Operation)> Operations(JsonObject document) =>
        from path in document["paths"]!.AsObject()
        from operation in path.Value!.AsObject()
        where operation.Key is "get" or "post" or "put" or "patch" or "delete" or "head" or "options"
        select (path.Key, operation.Key, operation.Value!.AsObject());

    [Fact]
    public async Task Document_IsWrittenForTheLint()
    {
        var text = await app.CreateClient().GetStringAsync("/openapi/v1.json");
        var folder = Path.Combine(RepositoryRoot(), "artifacts", "openapi");
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "v1.json"), text);

        JsonNode.Parse(text)!["openapi"]!.GetValue<string>().Should().StartWith("3.");
    }

    [Fact]
    public async Task EveryOperation_HasAUniqueOperationId()
    {
        var operations = Operations(await DocumentAsync()).ToList();

        operations.Should().NotBeEmpty();
        operations.Where(o => string.IsNullOrEmpty((string?)o.Operation["operationId"]))
            .Select(o => $"{o.Method.ToUpperInvariant()} {o.Path}").Should().BeEmpty("a generated client names its methods after operationIds");
        operations.GroupBy(o => (string)o.Operation["operationId"]!).Where(g => g.Count() > 1).Select(g => g.Key).Should().BeEmpty();
    }

    [Fact]
    public async Task BearerScheme_IsDeclared_AndRequiredByEverySecuredOperation()
    {
        var document = await DocumentAsync();

        var scheme = document["components"]?["securitySchemes"]?["bearer"];
        scheme.Should().NotBeNull("the document declares the bearer scheme");
        ((string?)scheme!["type"]).Should().Be("http");
        ((string?)scheme["scheme"]).Should().Be("bearer");

        foreach (var (path, method, operation) in Operations(document))
        {
            var because = $"{method.ToUpperInvariant()} {path}";
            var security = (operation["security"] ?? document["security"])?.AsArray();
            security.Should().NotBeNull(because);
            if (AnonymousPaths.Contains(path))
            {
                security!.Should().Contain(requirement => requirement!.AsObject().Count == 0, because + " needs no token");
                continue;
            }

            security!.Should().ContainSingle(because).Which!.AsObject().Select(r => r.Key).Should().Equal(["bearer"], because);
            operation["responses"]?["401"].Should().NotBeNull(because + " answers 401 without a valid token");
        }
    }

    [Fact]
    public async Task Operations_DocumentTheProblemDetailsTheyCanAnswer()
    {
        var document = await DocumentAsync();
        var missing = new List<string>();

        foreach (var (path, method, operation) in Operations(document))
        {
            var name = $"{method.ToUpperInvariant()} {path}";
            var hasBody = operation["requestBody"] is not null;
            var hasQuery = operation["parameters"]?.AsArray().Any(p => (string?)p!["in"] == "query") == true;
            var expected = new List<string>();
            if (Writes.Contains(method) && !AnonymousPaths.Contains(path))
            {
                expected.Add("403");
            }

            if (hasBody || hasQuery)
            {
                expected.Add("400");
            }

            if (hasBody)
            {
                expected.Add("415");
            }

            if (path.Contains('{'))
            {
                expected.Add("404");
            }

            if (method is "put" or "patch" && (path.EndsWith("{key}", StringComparison.Ordinal) || path.EndsWith("{itemKey}", StringComparison.Ordinal)
                || path.EndsWith("{entryKey}", StringComparison.Ordinal)) && !Unversioned.Contains(name))
            {
                expected.Add("409");
            }

            if (AnonymousPaths.Contains(path))
            {
                expected.Add("401");
                expected.Add("429");
            }

            missing.AddRange(expected.Where(code => !ProblemResponse(operation, code)).Select(code => $"{name} {code}"));
        }

        missing.Should().BeEmpty("each operation documents the problem-details answers it can give");
        document["components"]?["schemas"]?["ProblemDetails"].Should().NotBeNull();
        document["components"]?["schemas"]?["HttpValidationProblemDetails"].Should().NotBeNull();
    }

    private static bool ProblemResponse(JsonObject operation, string code) =>
        operation["responses"]?[code]?["content"]?["application/problem+json"]?["schema"] is not null;
}
