using TpmHub.Core.Common;

namespace TpmHub.Web.Features.Common;

/// <summary>Maps the service layer's typed errors to RFC 7807 problem details.</summary>
public static class ApiResults
{
    public static IResult From<T>(Result<T> result, Func<T, IResult>? onSuccess = null) =>
        result.IsSuccess ? (onSuccess ?? (v => TypedResults.Ok(v)))(result.Value!) : Problem(result.Error!);

    public static IResult Problem(Error error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return error.Kind switch
        {
            ErrorKind.Validation => TypedResults.ValidationProblem(
                error.Fields ?? new Dictionary<string, string[]>(), title: error.Message),
            ErrorKind.NotFound => TypedResults.Problem(title: "Not found", detail: error.Message, statusCode: StatusCodes.Status404NotFound),
            ErrorKind.Forbidden => TypedResults.Problem(title: "Forbidden", detail: error.Message, statusCode: StatusCodes.Status403Forbidden),
            ErrorKind.Conflict => TypedResults.Problem(
                title: "Conflict",
                detail: error.Message,
                statusCode: StatusCodes.Status409Conflict,
                extensions: new Dictionary<string, object?> { ["current"] = error.Current }),
            _ => TypedResults.Problem(statusCode: StatusCodes.Status500InternalServerError),
        };
    }

    /// <summary>Page parameters as DESIGN.md fixes them: page ≥ 1, 1 ≤ pageSize ≤ 200.</summary>
    public static Error? CheckPaging(int? page, int? pageSize)
    {
        var errors = new ValidationErrors();
        if (page is < 1)
        {
            errors.Add("page", "Page must be 1 or more.");
        }

        if (pageSize is < 1 or > 200)
        {
            errors.Add("pageSize", "Page size must be between 1 and 200.");
        }

        return errors.Any ? errors.ToError() : null;
    }
}
