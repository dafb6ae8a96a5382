using System.Globalization;
using System.Reflection;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace TpmHub.Web.Features.Platform;

/// <summary>
/// What a generated client needs and the endpoints do not say by themselves (issue 9): the bearer scheme, an operationId on
/// every operation, and the 4xx answers each operation can give (problem details, except the authentication challenge). The rules follow the architecture
/// (docs/architecture.md): a route naming a project or item answers 404 for what the caller may not see, writes answer 403
/// for what they may see but not change, updates take a version and answer 409 when it is stale.
/// </summary>
public static class OpenApiTransformers
{
    public const string BearerScheme = "bearer";
    public const string ProblemSchema = "ProblemDetails";
    public const string ValidationProblemSchema = "HttpValidationProblemDetails";
    public const string ProblemContentType = "application/problem+json";

    /// <summary>Paths whose requests count against the sign-in rate limit (SignInLimits): they can answer 429.</summary>
    private static readonly string[] RateLimitedPaths = ["/api/v1/auth/login", "/api/v1/auth/refresh", "/api/v1/users/{id}/password"];

    private static readonly Dictionary<string, string> TagDescriptions = new()
    {
        ["Auth"] = "Sign in for a bearer token and refresh it.",
        ["Projects"] = "Projects, their members and their audit trail.",
        ["Users"] = "The caller, and user administration (admins).",
        ["People"] = "The portfolio's people (not per project): title, team, location, weekly capacity, cost rate with its history, skills at levels 1–5 and time off. Admins and team leads manage them; stakeholders read names, titles and teams only.",
        ["Certifications"] = "The certification catalogue (PMP, CSM, PRINCE2, CompTIA Project+, ITIL 4 …): issuing body, renewal cycle and continuing-education units per cycle. Admins add entries.",
        ["Credentials"] = "People's certifications: credential id, earned and expiry dates, status (valid, expiringSoon within 90 days, expired, noExpiry) and the units logged and still needed this cycle. Admins and team leads only.",
        ["Portfolio"] = "Cross-project views of what the caller may see.",
        ["Work and schedule"] = "Work items, dependencies, the calendar, the computed schedule and baselines.",
        ["RAID log"] = "Risks, assumptions, issues and dependencies, with heat map, trend and export.",
        ["Budget and earned value"] = "Budget lines, expenses, dated progress, the budget summary and earned value with its weekly S-curve.",
        ["Stakeholders"] = "The stakeholder register: power and interest, quadrant on the grid, engagement now and wanted.",
        ["Share links"] = "Links that open a project's read-only dashboard without an account: expiring, optionally password-protected, revocable, every view counted.",
        ["RACI"] = "The RACI matrix: who is responsible, accountable, consulted and informed for each epic and milestone; rows without exactly one A and at least one R carry their problems.",
        ["Communications"] = "The communication plan: who hears what, through which channel, how often; overdue lines and marking one sent.",
        ["Decisions"] = "The decision log: context, decision, alternatives and consequences, links to work items and RAID entries, and what superseded what.",
        ["Capacity"] = "Allocations of people to projects (percent of capacity, from–to) and the portfolio's capacity per person per week against allocations and assigned work, with over-allocation flagged.",
        ["Time"] = "Time entries per person, day and project (optionally a work item), weekly timesheets and their approval; each hour costs the person's rate on the day and counts in earned value's AC.",
        ["Meetings"] = "Meetings with attendees, agenda and Markdown notes; the actions, decisions and risks recognised in the notes on the server, accepted into work items, the decision log and the RAID log; series that carry open actions; minutes and .ics.",
        ["Forecasts"] = "Monte Carlo forecasts of the finish date and cost over the plan's three-point estimates and the open risks, run in the background (progress, cancel), kept with their inputs: P50/P80/P95, criticality index, drivers, histogram, chance by a target date.",
        ["Status reports"] = "Status reports generated from a project's data for a period: drafts a lead edits and publishes, in plain language, as JSON or one Markdown document.",
    };

    public static OpenApiOptions AddTpmHubTransformers(this OpenApiOptions options)
    {
        options.AddOperationTransformer(TransformOperationAsync);
        options.AddDocumentTransformer(TransformDocumentAsync);
        return options;
    }

    private static Task TransformDocumentAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken ct)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[BearerScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "The accessToken from POST /api/v1/auth/login (or /api/v1/auth/refresh), sent as Authorization: Bearer <accessToken>.",
        };
        document.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerScheme, document)] = [] }];

        // Redocly's no-server-trailing-slash: the server is the request's origin, without the slash.
        foreach (var server in document.Servers ?? new List<OpenApiServer>())
        {
            server.Url = server.Url?.TrimEnd('/');
        }

        foreach (var tag in document.Tags ?? new HashSet<OpenApiTag>())
        {
            tag.Description ??= TagDescriptions.GetValueOrDefault(tag.Name ?? "");
        }

        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        document.Components.Schemas.TryAdd(ProblemSchema, ProblemDetailsSchema(validation: false));
        document.Components.Schemas.TryAdd(ValidationProblemSchema, ProblemDetailsSchema(validation: true));

        // Operation ids are unique across the document: a derived id that collides gets the HTTP method appended.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (_, path) in document.Paths)
        {
            foreach (var (method, operation) in path.Operations ?? [])
            {
                var id = operation.OperationId ?? method.Method.ToLowerInvariant();
                var unique = id;
                for (var n = 2; !seen.Add(unique); n++)
                {
                    unique = id + n.ToString(CultureInfo.InvariantCulture);
                }

                operation.OperationId = unique;
            }
        }

        return Task.CompletedTask;
    }

    private static Task TransformOperationAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken ct)
    {
        var description = context.Description;
        var method = (description.HttpMethod ?? "GET").ToUpperInvariant();
        var path = "/" + (description.RelativePath ?? "").TrimStart('/');
        var routePath = StripConstraints(path);
        var metadata = description.ActionDescriptor.EndpointMetadata;
        var anonymous = metadata.OfType<IAllowAnonymous>().Any() || !metadata.OfType<IAuthorizeData>().Any();

        operation.OperationId ??= metadata.OfType<IEndpointNameMetadata>().LastOrDefault()?.EndpointName ?? DeriveOperationId(method, routePath);

        if (anonymous)
        {
            // An empty requirement object: no credentials needed (overrides the document's bearer requirement).
            operation.Security = [new OpenApiSecurityRequirement()];
        }
        else
        {
            operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerScheme, context.Document)] = [] }];
        }

        // A route parameter the handler does not bind itself ({key} resolved by ProjectGateMiddleware) is still a parameter.
        operation.Parameters ??= [];
        foreach (var name in RouteParameterNames(routePath))
        {
            if (!operation.Parameters.Any(p => p.In == ParameterLocation.Path && string.Equals(p.Name, name, StringComparison.Ordinal)))
            {
                operation.Parameters.Insert(0, new OpenApiParameter
                {
                    Name = name,
                    In = ParameterLocation.Path,
                    Required = true,
                    Description = name switch
                    {
                        "key" => "The project's key, e.g. CLD.",
                        "itemKey" => "The work item's key, e.g. CLD-42.",
                        "entryKey" => "The RAID entry's key, e.g. CLD-R7.",
                        "reportId" => "The status report's id.",
                        _ => null,
                    },
                    Schema = new OpenApiSchema { Type = JsonSchemaType.String },
                });
            }
        }

        var body = description.ParameterDescriptions.FirstOrDefault(p => p.Source == BindingSource.Body);
        var hasQuery = description.ParameterDescriptions.Any(p => p.Source == BindingSource.Query);
        var hasRouteKey = routePath.Contains('{');
        var write = method is "POST" or "PUT" or "PATCH" or "DELETE";
        var admin = routePath.StartsWith("/api/v1/users", StringComparison.Ordinal);

        if (body is not null || hasQuery)
        {
            AddProblem(operation, context, 400, "The request is invalid: the errors name each field or parameter.", validation: true);
        }

        if (!anonymous)
        {
            // The authentication handler's challenge: an empty body and WWW-Authenticate: Bearer, not problem details.
            operation.Responses ??= new OpenApiResponses();
            operation.Responses.TryAdd("401", new OpenApiResponse
            {
                Description = "No valid bearer token (missing, expired, or its session has ended); the body is empty.",
                Headers = new Dictionary<string, IOpenApiHeader>
                {
                    ["WWW-Authenticate"] = new OpenApiHeader { Description = "Bearer", Schema = new OpenApiSchema { Type = JsonSchemaType.String } },
                },
            });
        }

        if (!anonymous && (write || admin))
        {
            AddProblem(operation, context, 403, admin ? "The caller is not an administrator." : "The caller may see but not change this.");
        }

        if (hasRouteKey)
        {
            AddProblem(operation, context, 404, "Not found, or not visible to the caller.");
        }

        if (method is "PUT" or "PATCH" && body?.Type is { } bodyType && HasVersion(bodyType))
        {
            AddProblem(operation, context, 409, "The version sent is stale: the answer carries the current state.");
        }

        if (body is not null)
        {
            var accepts = metadata.OfType<IAcceptsMetadata>().LastOrDefault()?.ContentTypes ?? [];
            AddProblem(operation, context, 415, accepts.Count > 0 && !accepts.Any(a => a.Contains("json", StringComparison.OrdinalIgnoreCase))
                ? $"The body is not of the type this operation takes (send Content-Type: {string.Join(" or ", accepts)})."
                : "The body is not JSON (send Content-Type: application/json).");
        }

        if (RateLimitedPaths.Contains(routePath, StringComparer.Ordinal))
        {
            AddProblem(operation, context, 429, "Too many sign-in attempts; Retry-After says when to try again.");
        }

        return Task.CompletedTask;
    }

    private static void AddProblem(OpenApiOperation operation, OpenApiOperationTransformerContext context, int status, string text, bool validation = false)
    {
        operation.Responses ??= new OpenApiResponses();
        var code = status.ToString(CultureInfo.InvariantCulture);
        var schema = new OpenApiSchemaReference(validation ? ValidationProblemSchema : ProblemSchema, context.Document);
        if (operation.Responses.TryGetValue(code, out var existing) && existing is OpenApiResponse response)
        {
            // Keep what the endpoint declared (e.g. a typed ValidationProblem), but answer it as problem details.
            response.Content ??= new Dictionary<string, OpenApiMediaType>();
            response.Content.Remove("application/json");
            response.Content.TryAdd(ProblemContentType, new OpenApiMediaType { Schema = schema });
            if (string.IsNullOrEmpty(response.Description) || response.Description == "Bad Request")
            {
                response.Description = text;
            }

            return;
        }

        operation.Responses[code] = new OpenApiResponse
        {
            Description = text,
            Content = new Dictionary<string, OpenApiMediaType> { [ProblemContentType] = new() { Schema = schema } },
        };
    }

    private static IEnumerable<string> RouteParameterNames(string routePath) =>
        routePath.Split('/').Where(s => s.StartsWith('{') && s.EndsWith('}')).Select(s => s[1..^1].TrimEnd('?'));

    private static bool HasVersion(Type type) =>
        type.GetProperty("Version", BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase) is not null;

    private static string StripConstraints(string path)
    {
        var builder = new StringBuilder();
        var inConstraint = false;
        foreach (var c in path)
        {
            if (c == ':' && !inConstraint && builder.ToString().LastIndexOf('{') > builder.ToString().LastIndexOf('}'))
            {
                inConstraint = true;
                continue;
            }

            if (c == '}')
            {
                inConstraint = false;
            }

            if (!inConstraint)
            {
                builder.Append(c);
            }
        }

        return builder.ToString().TrimEnd('/');
    }

    /// <summary>
    /// A stable camelCase id from the method and the route: the verb (list/get/create/update/patch/delete, or the action
    /// segment of a POST such as <c>archive</c>) followed by the nouns, singular where a key follows them:
    /// <c>GET /api/v1/projects</c> → <c>listProjects</c>, <c>GET /api/v1/projects/{key}</c> → <c>getProject</c>,
    /// <c>POST /api/v1/projects/{key}/archive</c> → <c>archiveProject</c>, <c>PUT /api/v1/work-items/{itemKey}/status</c> →
    /// <c>updateWorkItemStatus</c>.
    /// </summary>
    public static string DeriveOperationId(string method, string path)
    {
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (segments is ["api", "v1", ..])
        {
            segments.RemoveRange(0, 2);
        }

        if (segments is ["auth", _, ..])
        {
            segments.RemoveAt(0); // /auth/login → login
        }

        var nouns = new List<string>();
        for (var i = 0; i < segments.Count; i++)
        {
            var segment = segments[i];
            if (segment.StartsWith('{'))
            {
                continue;
            }

            var word = Pascal(segment == "raid" ? "raid-entries" : segment);
            var keyed = i + 1 < segments.Count && segments[i + 1].StartsWith('{');
            nouns.Add(keyed ? Singular(word) : word);
        }

        var last = segments.LastOrDefault() ?? "";
        var endsWithKey = last.StartsWith('{');
        var collection = !endsWithKey && (IsPlural(last) || last == "raid");
        string verb;
        switch (method)
        {
            case "GET":
                verb = collection ? "list" : "get";
                break;
            case "POST" when collection:
                verb = "create";
                nouns[^1] = Singular(nouns[^1]);
                break;
            case "POST" when nouns.Count > 1 || (nouns.Count == 1 && segments.Count == 1):
                // An action on a resource: POST /projects/{key}/archive → archiveProject, /auth/login → login.
                verb = Camel(nouns[^1]);
                nouns.RemoveAt(nouns.Count - 1);
                break;
            case "POST":
                verb = "post";
                break;
            case "PUT":
                verb = "update";
                break;
            case "PATCH":
                verb = "patch";
                break;
            case "DELETE":
                verb = "delete";
                if (collection)
                {
                    nouns[^1] = Singular(nouns[^1]);
                }

                break;
            default:
                verb = method.ToLowerInvariant();
                break;
        }

        var id = verb + string.Concat(nouns);
        return id.Replace(".", "", StringComparison.Ordinal);
    }

    private static bool IsPlural(string segment) =>
        segment.EndsWith('s') && !segment.EndsWith("ss", StringComparison.Ordinal) && !segment.Contains('.');

    private static string Singular(string word) =>
        word.EndsWith("ies", StringComparison.Ordinal) ? word[..^3] + "y"
        : word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) ? word[..^1]
        : word;

    private static string Pascal(string segment) =>
        string.Concat(segment.Split('-', '_').Where(p => p.Length > 0).Select(p => char.ToUpperInvariant(p[0]) + p[1..]));

    private static string Camel(string pascal) => pascal.Length == 0 ? pascal : char.ToLowerInvariant(pascal[0]) + pascal[1..];

    private static OpenApiSchema ProblemDetailsSchema(bool validation)
    {
        var properties = new Dictionary<string, IOpenApiSchema>
        {
            ["type"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null },
            ["title"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null },
            ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer | JsonSchemaType.Null, Format = "int32" },
            ["detail"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null },
            ["instance"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null },
        };
        if (validation)
        {
            properties["errors"] = new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String } },
            };
        }

        return new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Description = validation ? "RFC 9457 problem details with the invalid fields and their messages." : "RFC 9457 problem details.",
            Properties = properties,
        };
    }
}
