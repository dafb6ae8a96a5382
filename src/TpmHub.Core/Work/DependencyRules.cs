using TpmHub.Core.Common;
using TpmHub.Core.Schedule;

namespace TpmHub.Core.Work;

/// <summary>The invariants of a link as supplied, before the items it names are looked up.</summary>
public static class DependencyRules
{
    /// <summary>
    /// Checks the item keys (storable text), the type (FS, SS, FF or SF; any case, as every enum the API takes) and the lag
    /// (<see cref="InputLimits.MaxLagDays"/> either way); <paramref name="linkType"/> is the parsed type (FS when it does not parse).
    /// </summary>
    public static ValidationErrors Validate(string? predecessor, string? successor, string? type, int? lagDays, out LinkType linkType)
    {
        var errors = new ValidationErrors();
        InputLimits.Text("predecessor", predecessor, errors);
        InputLimits.Text("successor", successor, errors);
        if (!TryParseType(type, out linkType))
        {
            errors.Add("type", "type must be one of FS, SS, FF, SF.");
        }

        InputLimits.Lag("lagDays", lagDays, errors);
        return errors;
    }

    /// <summary>FS, SS, FF or SF in any case; never a number.</summary>
    public static bool TryParseType(string? text, out LinkType type)
    {
        type = LinkType.FS;
        var trimmed = text?.Trim();
        return trimmed is { Length: 2 } && char.IsLetter(trimmed[0]) && char.IsLetter(trimmed[1])
               && Enum.TryParse(trimmed, ignoreCase: true, out type) && Enum.IsDefined(type);
    }
}
