using TpmHub.Core.Common;
using TpmHub.Core.People;
using TpmHub.Web.Features.Common;

namespace TpmHub.Web.Features.People.Directory;

/// <summary>A skill as sent: a name and a level from 1 (aware) to 5 (expert).</summary>
public sealed record PersonSkillRequest(string? Name, int? Level);

/// <summary>Time off as sent: dates yyyy-MM-dd (inclusive) and a kind (vacation, sick, training, other; vacation when absent).</summary>
public sealed record PersonTimeOffRequest(string? From, string? To, string? Kind);

/// <summary>
/// A person as the API and the form send it. <paramref name="CostRateFrom"/> is the first day a new or changed rate applies
/// (today when absent); <paramref name="Skills"/> and <paramref name="TimeOff"/> replace the person's lists, and an update
/// that leaves one out (null) keeps what is there.
/// </summary>
public sealed record PersonRequest(
    string? Name,
    string? Email,
    string? UserId,
    string? Title,
    string? Team,
    string? Location,
    decimal? WeeklyCapacityHours,
    decimal? CostRate,
    string? CostCurrency,
    string? CostRateFrom,
    IReadOnlyList<PersonSkillRequest>? Skills,
    IReadOnlyList<PersonTimeOffRequest>? TimeOff,
    uint? Version)
{
    public Result<PersonDraft> ToDraft(bool requireVersion)
    {
        var errors = new ValidationErrors();
        DateOnly? rateFrom = null;
        if (InputLimits.Text("costRateFrom", CostRateFrom, errors))
        {
            rateFrom = RequestParsing.Date(CostRateFrom, "costRateFrom", errors);
            InputLimits.Date("costRateFrom", rateFrom, errors);
        }

        var timeOff = new List<(DateOnly? From, DateOnly? To, TimeOffKind Kind)>();
        for (var i = 0; i < (TimeOff?.Count ?? 0); i++)
        {
            var t = TimeOff![i] ?? new PersonTimeOffRequest(null, null, null);
            var field = $"timeOff[{i}]";
            DateOnly? from = InputLimits.Text($"{field}.from", t.From, errors) ? RequestParsing.Date(t.From, $"{field}.from", errors) : null;
            DateOnly? to = InputLimits.Text($"{field}.to", t.To, errors) ? RequestParsing.Date(t.To, $"{field}.to", errors) : null;
            var kind = InputLimits.Text($"{field}.kind", t.Kind, errors) ? RequestParsing.Enum<TimeOffKind>(t.Kind, $"{field}.kind", errors) : null;
            timeOff.Add((from, to, kind ?? TimeOffKind.Vacation));
        }

        InputLimits.Text("userId", UserId, errors);
        var skills = Skills?.Select(s => (s?.Name, s?.Level)).ToList();
        var rules = PersonRules.Validate(Name, Email, Title, Team, Location, WeeklyCapacityHours, CostRate, CostCurrency, skills,
            TimeOff is null ? null : timeOff.Select(t => (t.From, t.To)).ToList());
        foreach (var (field, messages) in rules.ToDictionary().Where(f => !errors.Has(f.Key)))
        {
            foreach (var message in messages)
            {
                errors.Add(field, message);
            }
        }

        if (requireVersion && Version is null)
        {
            errors.Add("version", "Version is required: send the version you last read.");
        }

        return errors.Any
            ? errors.ToError()
            : new PersonDraft(Name!.Trim(), string.IsNullOrWhiteSpace(Email) ? null : Email.Trim(), string.IsNullOrWhiteSpace(UserId) ? null : UserId.Trim(),
                Title?.Trim() ?? "", Team?.Trim() ?? "", Location?.Trim() ?? "", WeeklyCapacityHours!.Value, CostRate!.Value, CostCurrency!, rateFrom,
                skills?.Select(s => (s.Name!.Trim(), s.Level!.Value)).ToList(),
                TimeOff is null ? null : timeOff.Select(t => (t.From!.Value, t.To!.Value, t.Kind)).ToList());
    }
}

public sealed record PersonDraft(string Name, string? Email, string? UserId, string Title, string Team, string Location, decimal WeeklyCapacityHours,
    decimal CostRate, string CostCurrency, DateOnly? CostRateFrom, IReadOnlyList<(string Name, int Level)>? Skills,
    IReadOnlyList<(DateOnly From, DateOnly To, TimeOffKind Kind)>? TimeOff);

public sealed record PersonRateRow(decimal RatePerHour, string Currency, DateOnly From);

public sealed record PersonSkillRow(string Name, int Level);

public sealed record PersonTimeOffRow(DateOnly From, DateOnly To, TimeOffKind Kind);

/// <summary>
/// A person as the API returns them. For a stakeholder (who sees names, titles and teams only; see
/// docs/decisions/0013-people-and-certifications.md) every other field is null and <see cref="Restricted"/> is true.
/// <see cref="CostRate"/> is the rate that applies today (the first one when all start later); <see cref="Rates"/> is the
/// history, oldest first.
/// </summary>
public sealed record PersonRow(
    Guid Id,
    string Name,
    string Title,
    string Team,
    bool Restricted,
    string? Email,
    string? UserId,
    string? UserName,
    string? Location,
    decimal? WeeklyCapacityHours,
    decimal? CostRate,
    string? CostCurrency,
    IReadOnlyList<PersonRateRow>? Rates,
    IReadOnlyList<PersonSkillRow>? Skills,
    IReadOnlyList<PersonTimeOffRow>? TimeOff,
    uint Version);

/// <summary>The list's filters: a team (exact), a skill (exact name, any case) at <see cref="MinLevel"/> or above, and a name/title/email search.</summary>
public sealed record PersonQuery(string? Team = null, string? Skill = null, int? MinLevel = null, string? Search = null, int Page = 1, int PageSize = 50);
