using System.Net;
using System.Text;

namespace TpmHub.IntegrationTests.Infrastructure;

/// <summary>Calls routes as different callers and checks the access rule: a stakeholder member reads and is refused writes,
/// a lead of another project is told "not found", an anonymous caller "unauthorized".</summary>
public static class RouteRoles
{
    public static async Task<HttpStatusCode> SendAsync(HttpClient client, string method, string path, string? body)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        return (await client.SendAsync(request)).StatusCode;
    }

    /// <summary>GETs are 200 and writes 403 for <paramref name="stakeholder"/>; everything is 404 for <paramref name="outsider"/> and 401 for <paramref name="anonymous"/>.</summary>
    public static async Task AssertAsync(IEnumerable<(string Method, string Path, string? Body)> routes, HttpClient stakeholder, HttpClient outsider, HttpClient anonymous)
    {
        ArgumentNullException.ThrowIfNull(routes);
        foreach (var (method, path, content) in routes)
        {
            var read = method == "GET";
            (await SendAsync(stakeholder, method, path, content)).Should().Be(read ? HttpStatusCode.OK : HttpStatusCode.Forbidden, $"stakeholder {method} {path}");
            (await SendAsync(outsider, method, path, content)).Should().Be(HttpStatusCode.NotFound, $"non-member lead {method} {path}");
            (await SendAsync(anonymous, method, path, content)).Should().Be(HttpStatusCode.Unauthorized, $"anonymous {method} {path}");
        }
    }
}
