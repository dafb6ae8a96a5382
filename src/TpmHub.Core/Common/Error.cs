namespace TpmHub.Core.Common;

/// <summary>The kinds of expected failure a service can return.</summary>
public enum ErrorKind
{
    Validation,
    NotFound,
    Forbidden,
    Conflict,
}

/// <summary>
/// An expected failure returned as a value. <see cref="Fields"/> maps a field name (camelCase, as the
/// API and forms name it) to its messages; <see cref="Current"/> carries the current state on a conflict.
/// </summary>
public sealed record Error(ErrorKind Kind, string Message, IReadOnlyDictionary<string, string[]>? Fields = null, object? Current = null)
{
    public static Error NotFound(string what) => new(ErrorKind.NotFound, $"{what} was not found.");

    public static Error Forbidden(string message = "You may not do this.") => new(ErrorKind.Forbidden, message);

    public static Error Conflict(string message, object? current = null) => new(ErrorKind.Conflict, message, null, current);

    public static Error Invalid(IReadOnlyDictionary<string, string[]> fields) =>
        new(ErrorKind.Validation, "One or more fields are invalid.", fields);

    public static Error Invalid(string field, string message) =>
        Invalid(new Dictionary<string, string[]> { [field] = [message] });
}
