using System.Globalization;
using TpmHub.Core.Common;

namespace TpmHub.Web.Features.Common;

/// <summary>
/// Parsing of text that arrives in API requests (bodies and query strings), with a field-named message for every
/// value that does not parse, so one bad field never becomes a bare 400.
/// </summary>
public static class RequestParsing
{
    /// <summary>An optional enum value: null stays null; anything else must be one of the camelCase names.</summary>
    public static T? Enum<T>(string? text, string field, ValidationErrors errors) where T : struct, System.Enum
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (EnumText.TryParse<T>(text, out var value))
        {
            return value;
        }

        errors.Add(field, $"'{text}' is not a valid {field}; use one of {string.Join(", ", System.Enum.GetValues<T>().Select(EnumText.ToApi))}.");
        return null;
    }

    /// <summary>An optional date in the form yyyy-MM-dd: null or empty stays null.</summary>
    public static DateOnly? Date(string? text, string field, ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors.Add(field, $"'{text}' is not a date in the form yyyy-MM-dd.");
        return null;
    }

    /// <summary>An ILIKE pattern matching <paramref name="search"/> anywhere, with LIKE's own characters escaped.</summary>
    public static string ContainsPattern(string search)
    {
        ArgumentNullException.ThrowIfNull(search);
        // A NUL cannot be stored, so it matches nothing; dropping it keeps PostgreSQL from refusing the query.
        return "%" + search.Trim().Replace("\0", "", StringComparison.Ordinal).Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
    }
}
