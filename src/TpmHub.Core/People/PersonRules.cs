using System.Text.RegularExpressions;
using TpmHub.Core.Common;

namespace TpmHub.Core.People;

/// <summary>The validation of a person, their skills, rate and time off, and which rate applies on a day. Pure.</summary>
public static partial class PersonRules
{
    public const int NameMaxLength = 120;
    public const int EmailMaxLength = 254;
    public const int ShortTextMaxLength = 120;
    public const int SkillNameMaxLength = 80;
    public const int MaxSkills = 50;
    public const int MaxTimeOff = 200;
    public const decimal MaxWeeklyHours = 168m;
    public const int MinSkillLevel = 1;
    public const int MaxSkillLevel = 5;

    /// <summary>The rate that applies on <paramref name="date"/>: the one with the latest <c>From</c> on or before it; null before the first.</summary>
    public static PersonRate? RateOn(IEnumerable<PersonRate> rates, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(rates);
        return rates.Where(r => r.From <= date).OrderByDescending(r => r.From).FirstOrDefault();
    }

    /// <summary>True for an ISO 4217-shaped code: three upper-case letters.</summary>
    public static bool IsCurrency(string? code) => code is not null && CurrencyPattern().IsMatch(code);

    /// <summary>
    /// Field problems of a person as given: a name, a plausible email, lengths, capacity 0–168 hours a week, a cost rate
    /// above 0 (money limits) in a three-letter currency, skills named once each (case-insensitive) at levels 1–5, and
    /// time off that ends on or after it starts. Fields of list entries are named <c>skills[2].level</c>, <c>timeOff[0].to</c>.
    /// </summary>
    public static ValidationErrors Validate(string? name, string? email, string? title, string? team, string? location, decimal? weeklyCapacityHours,
        decimal? costRate, string? costCurrency, IReadOnlyList<(string? Name, int? Level)>? skills, IReadOnlyList<(DateOnly? From, DateOnly? To)>? timeOff)
    {
        var errors = new ValidationErrors();
        if (Text("name", name, NameMaxLength, errors) && string.IsNullOrWhiteSpace(name))
        {
            errors.Add("name", "Name the person.");
        }

        if (Text("email", email, EmailMaxLength, errors) && !string.IsNullOrWhiteSpace(email) && !LooksLikeEmail(email.Trim()))
        {
            errors.Add("email", $"'{email}' is not an email address.");
        }

        Text("title", title, ShortTextMaxLength, errors);
        Text("team", team, ShortTextMaxLength, errors);
        Text("location", location, ShortTextMaxLength, errors);
        if (weeklyCapacityHours is not { } capacity || capacity < 0 || capacity > MaxWeeklyHours)
        {
            errors.Add("weeklyCapacityHours", $"weeklyCapacityHours is between 0 and {MaxWeeklyHours:0} hours a week.");
        }
        else if (decimal.Round(capacity, 2) != capacity)
        {
            errors.Add("weeklyCapacityHours", "weeklyCapacityHours has at most 2 decimals.");
        }

        if (costRate is not { } rate || rate <= 0)
        {
            errors.Add("costRate", "costRate is the cost of an hour and must be more than 0.");
        }
        else
        {
            InputLimits.Money("costRate", rate, errors);
        }

        if (Text("costCurrency", costCurrency, 3, errors) && !IsCurrency(costCurrency))
        {
            errors.Add("costCurrency", $"'{costCurrency}' is not a currency code: use three upper-case letters (ISO 4217), e.g. USD, EUR, GBP.");
        }

        ValidateSkills(skills, errors);
        ValidateTimeOff(timeOff, errors);
        return errors;
    }

    private static void ValidateSkills(IReadOnlyList<(string? Name, int? Level)>? skills, ValidationErrors errors)
    {
        if (skills is null)
        {
            return;
        }

        if (skills.Count > MaxSkills)
        {
            errors.Add("skills", $"A person has at most {MaxSkills} skills.");
        }

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < skills.Count; i++)
        {
            var (skill, level) = skills[i];
            var field = $"skills[{i}]";
            if (Text($"{field}.name", skill, SkillNameMaxLength, errors))
            {
                if (string.IsNullOrWhiteSpace(skill))
                {
                    errors.Add($"{field}.name", "Name the skill.");
                }
                else if (!seen.Add(skill.Trim()))
                {
                    errors.Add($"{field}.name", $"'{skill.Trim()}' is listed twice: give each skill once.");
                }
            }

            if (level is not (>= MinSkillLevel and <= MaxSkillLevel))
            {
                errors.Add($"{field}.level", $"level is from {MinSkillLevel} (aware) to {MaxSkillLevel} (expert).");
            }
        }
    }

    private static void ValidateTimeOff(IReadOnlyList<(DateOnly? From, DateOnly? To)>? timeOff, ValidationErrors errors)
    {
        if (timeOff is null)
        {
            return;
        }

        if (timeOff.Count > MaxTimeOff)
        {
            errors.Add("timeOff", $"At most {MaxTimeOff} periods of time off.");
        }

        for (var i = 0; i < timeOff.Count; i++)
        {
            var (from, to) = timeOff[i];
            var field = $"timeOff[{i}]";
            if (from is null)
            {
                errors.Add($"{field}.from", "from is required (yyyy-MM-dd).");
            }

            if (to is null)
            {
                errors.Add($"{field}.to", "to is required (yyyy-MM-dd).");
            }

            if (InputLimits.Date($"{field}.from", from, errors) & InputLimits.Date($"{field}.to", to, errors) && from is { } f && to is { } t && t < f)
            {
                errors.Add($"{field}.to", $"Time off cannot end ({t:yyyy-MM-dd}) before it starts ({f:yyyy-MM-dd}).");
            }
        }
    }

    private static bool Text(string field, string? text, int max, ValidationErrors errors)
    {
        if (!InputLimits.Text(field, text, errors))
        {
            return false;
        }

        if (text is { Length: var length } && length > max)
        {
            errors.Add(field, $"{field} is at most {max} characters.");
            return false;
        }

        return true;
    }

    private static bool LooksLikeEmail(string email)
    {
        var at = email.IndexOf('@', StringComparison.Ordinal);
        return at > 0 && at == email.LastIndexOf('@') && email.IndexOf('.', at) > at + 1 && !email.EndsWith('.') && !email.Any(char.IsWhiteSpace);
    }

    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex CurrencyPattern();
}
