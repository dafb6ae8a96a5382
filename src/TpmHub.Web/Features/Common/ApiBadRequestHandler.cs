using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;
using TpmHub.Core.Common;

namespace TpmHub.Web.Features.Common;

/// <summary>
/// Turns the request-binding failures of minimal APIs (thrown since <c>RouteHandlerOptions.ThrowOnBadRequest</c> is on) into
/// problem details: malformed JSON or no body names <c>$</c> (the body), a value of the wrong type or out of range names its
/// JSON path as a field ("name", "estimate.optimistic"), a query value that does not bind names its parameter, and a body
/// that is not JSON answers 415. Without this a bad body got a 400 with an empty body.
/// </summary>
public sealed partial class ApiBadRequestHandler : IExceptionHandler
{
    /// <summary>The field under which errors about the whole body (malformed, missing) are reported.</summary>
    public const string BodyField = "$";

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        if (exception is not BadHttpRequestException bad || httpContext.Response.HasStarted)
        {
            return false;
        }

        var result = bad.StatusCode == StatusCodes.Status415UnsupportedMediaType
            ? UnsupportedMediaType(httpContext.Request.ContentType)
            : ApiResults.Problem(Describe(bad));
        await result.ExecuteAsync(httpContext);
        return true;
    }

    /// <summary>The 415 answer for a body of a type the endpoint does not take (JSON unless <paramref name="accepted"/> says otherwise).</summary>
    public static IResult UnsupportedMediaType(string? contentType, IReadOnlyList<string>? accepted = null)
    {
        var what = accepted is { Count: > 0 } && !accepted.Any(a => a.Contains("json", StringComparison.OrdinalIgnoreCase))
            ? $"a {string.Join(" or ", accepted.Select(a => a.Split('/')[^1].ToUpperInvariant()))} body (Content-Type: {string.Join(" or ", accepted)})"
            : "a JSON body (Content-Type: application/json)";
        return TypedResults.Problem(
            title: "Unsupported media type",
            detail: $"This endpoint takes {what}, not {(string.IsNullOrEmpty(contentType) ? "a body without a content type" : contentType)}.",
            statusCode: StatusCodes.Status415UnsupportedMediaType);
    }

    /// <summary>The field-named validation error a binding failure stands for.</summary>
    public static Error Describe(BadHttpRequestException bad)
    {
        ArgumentNullException.ThrowIfNull(bad);
        if (bad.InnerException is JsonException json)
        {
            // The reader's own exception inside means the text is not JSON at all; otherwise a value did not fit its field.
            if (json.InnerException?.GetType().Name == "JsonReaderException" || json.Path is null or "$")
            {
                return Error.Invalid(BodyField, $"The body is not valid JSON{Where(json)}.");
            }

            var field = FieldOf(json.Path);
            return Error.Invalid(field, $"{field} {Expected(json)}.");
        }

        if (bad.Message.Contains("body", StringComparison.OrdinalIgnoreCase))
        {
            return Error.Invalid(BodyField, "A JSON body is required.");
        }

        var parameter = ParameterPattern().Match(bad.Message);
        return parameter.Success
            ? Error.Invalid(parameter.Groups["name"].Value, $"'{parameter.Groups["value"].Value}' is not a valid {parameter.Groups["name"].Value}.")
            : Error.Invalid(BodyField, "The request could not be read.");
    }

    /// <summary>"$.estimate.optimistic" → "estimate.optimistic"; "$['odd name']" stays as it is.</summary>
    public static string FieldOf(string path) => path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path;

    private static string Where(JsonException json) =>
        json.LineNumber is { } line && json.BytePositionInLine is { } position ? $" (line {line + 1}, position {position + 1})" : "";

    /// <summary>
    /// What the value should have been. Records bind through their constructors, so the exception names the request type and
    /// the reader's own exception inside says what failed ("… as a string", "… out of bounds for a UInt32").
    /// </summary>
    private static string Expected(JsonException json)
    {
        var text = json.Message + " " + json.InnerException?.Message;
        bool Has(string word) => text.Contains(word, StringComparison.OrdinalIgnoreCase);
        return true switch
        {
            _ when Has("IReadOnlyList") || Has("List`1") || Has("[]") => "must be a list (a JSON array)",
            _ when Has("as a string") => "must be text (a JSON string)",
            _ when Has("Int32") || Has("Int64") || Has("Int16") => "must be a whole number within the allowed range",
            _ when Has("Decimal") || Has("Double") || Has("as a number") => "must be a number within the allowed range",
            _ when Has("as a boolean") || Has("Boolean") => "must be true or false",
            _ => "has the wrong type or is out of range",
        };
    }

    [GeneratedRegex("""parameter "(?:[^"]* )?(?<name>\w+)" from "(?<value>[^"]*)"\.""", RegexOptions.CultureInvariant)]
    private static partial Regex ParameterPattern();
}
