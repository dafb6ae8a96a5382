using TpmHub.Core.Common;

namespace TpmHub.Core.Stakeholders;

/// <summary>The power/interest grid and the validation of a stakeholder.</summary>
public static class StakeholderRules
{
    public const int NameMaxLength = 120;
    public const int ShortTextMaxLength = 200;
    public const int TextMaxLength = 4_000;

    /// <summary>A rating counts as high from this value on (1–5 scales).</summary>
    public const int HighFrom = 3;

    public static StakeholderQuadrant Quadrant(int power, int interest) => (power >= HighFrom, interest >= HighFrom) switch
    {
        (true, true) => StakeholderQuadrant.ManageClosely,
        (true, false) => StakeholderQuadrant.KeepSatisfied,
        (false, true) => StakeholderQuadrant.KeepInformed,
        _ => StakeholderQuadrant.Monitor,
    };

    /// <summary>How many steps the stakeholder is from the engagement wanted (positive: must be brought further; 0: none).</summary>
    public static int Gap(Engagement current, Engagement desired) => (int)desired - (int)current;

    /// <summary>A sentence for a gap, or null when there is none.</summary>
    public static string? GapText(Engagement current, Engagement desired) => Gap(current, desired) switch
    {
        0 => null,
        > 0 and var steps => $"Engagement gap: {Word(current)} now, {Word(desired)} wanted ({steps} step{(steps == 1 ? "" : "s")} to go).",
        var steps => $"More engaged than planned: {Word(current)} now, {Word(desired)} wanted ({-steps} step{(steps == -1 ? "" : "s")} over).",
    };

    private static string Word(Engagement e) => e.ToString().ToLowerInvariant();

    /// <summary>Field-named problems of a stakeholder as given (ratings 1–5, name required, lengths, no NUL, a plausible email).</summary>
    public static ValidationErrors Validate(string? name, string? organisation, string? title, string? email, int? power, int? interest,
        string? strategy, string? preferences)
    {
        var errors = new ValidationErrors();
        Text("name", name, NameMaxLength, errors);
        if (string.IsNullOrWhiteSpace(name) && !errors.Has("name"))
        {
            errors.Add("name", "Name the stakeholder.");
        }

        Text("organisation", organisation, ShortTextMaxLength, errors);
        Text("title", title, ShortTextMaxLength, errors);
        Text("email", email, ShortTextMaxLength, errors);
        if (!string.IsNullOrWhiteSpace(email) && !errors.Has("email") && !LooksLikeEmail(email.Trim()))
        {
            errors.Add("email", $"'{email}' is not an email address.");
        }

        Rating("power", power, errors);
        Rating("interest", interest, errors);
        Text("strategy", strategy, TextMaxLength, errors);
        Text("preferences", preferences, TextMaxLength, errors);
        return errors;
    }

    private static void Rating(string field, int? value, ValidationErrors errors)
    {
        if (value is not (>= 1 and <= 5))
        {
            errors.Add(field, $"{field} is a rating from 1 to 5.");
        }
    }

    private static void Text(string field, string? text, int max, ValidationErrors errors)
    {
        if (InputLimits.Text(field, text, errors) && text is { Length: var length } && length > max)
        {
            errors.Add(field, $"{field} is at most {max} characters.");
        }
    }

    private static bool LooksLikeEmail(string email)
    {
        var at = email.IndexOf('@', StringComparison.Ordinal);
        return at > 0 && at == email.LastIndexOf('@') && email.IndexOf('.', at) > at + 1 && !email.EndsWith('.') && !email.Any(char.IsWhiteSpace);
    }
}
