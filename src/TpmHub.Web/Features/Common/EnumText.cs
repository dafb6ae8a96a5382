using System.Text.Json;

namespace TpmHub.Web.Features.Common;

/// <summary>Enum values as the API and the UI spell them: camelCase names, never numbers.</summary>
public static class EnumText
{
    public static string ToApi<T>(T value) where T : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    public static bool TryParse<T>(string? text, out T value) where T : struct, Enum
    {
        value = default;
        return !string.IsNullOrWhiteSpace(text)
               && !char.IsDigit(text[0]) && text[0] != '-'
               && Enum.TryParse(text, ignoreCase: true, out value)
               && Enum.IsDefined(value);
    }

    /// <summary>"CloudMigration" → "Cloud migration", for display.</summary>
    public static string Humanize<T>(T value) where T : struct, Enum
    {
        var name = value.ToString();
        var chars = new List<char>(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]))
            {
                chars.Add(' ');
                chars.Add(char.ToLowerInvariant(name[i]));
            }
            else
            {
                chars.Add(name[i]);
            }
        }

        return new string(chars.ToArray());
    }
}
