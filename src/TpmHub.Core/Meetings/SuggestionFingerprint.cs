using System.Text;

namespace TpmHub.Core.Meetings;

/// <summary>
/// What makes two suggestions "the same" across saves of the notes: their kind and their source sentence with case,
/// punctuation and spacing ignored. A rejected suggestion whose sentence is still in the notes stays rejected; editing
/// the sentence's words makes a new suggestion.
/// </summary>
public static class SuggestionFingerprint
{
    public static string Of(SuggestionKind kind, string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var text = new StringBuilder(source.Length + 8).Append(kind.ToString().ToLowerInvariant()).Append(':');
        var space = false;
        foreach (var c in source)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (space && text[^1] != ':')
                {
                    text.Append(' ');
                }

                text.Append(char.ToLowerInvariant(c));
                space = false;
            }
            else
            {
                space = true;
            }
        }

        return text.Length > 512 ? text.ToString(0, 512) : text.ToString();
    }
}
