using System.Globalization;
using TpmHub.Core.People;
using TpmHub.Web.Features.Common;

namespace TpmHub.Web.Features.People.Directory;

/// <summary>The add/edit form of a person: plain mutable fields the MudBlazor inputs bind to, turned into a <see cref="PersonRequest"/>.</summary>
public sealed class PersonForm
{
    public string? Name { get; set; }

    public string? Email { get; set; }

    public string? UserId { get; set; }

    public string? Title { get; set; }

    public string? Team { get; set; }

    public string? Location { get; set; }

    public decimal? WeeklyCapacityHours { get; set; } = 40m;

    public decimal? CostRate { get; set; }

    public string? CostCurrency { get; set; } = "USD";

    public DateTime? CostRateFrom { get; set; }

    public List<SkillLine> Skills { get; set; } = [];

    public List<TimeOffLine> TimeOff { get; set; } = [];

    public uint? Version { get; set; }

    public static PersonForm From(PersonRow p)
    {
        ArgumentNullException.ThrowIfNull(p);
        return new PersonForm
        {
            Name = p.Name, Email = p.Email, UserId = p.UserId, Title = p.Title, Team = p.Team, Location = p.Location, WeeklyCapacityHours = p.WeeklyCapacityHours,
            CostRate = p.CostRate, CostCurrency = p.CostCurrency, Version = p.Version,
            Skills = (p.Skills ?? []).Select(s => new SkillLine { Name = s.Name, Level = s.Level }).ToList(),
            TimeOff = (p.TimeOff ?? []).Select(t => new TimeOffLine { From = FormDates.ToDateTime(t.From), To = FormDates.ToDateTime(t.To), Kind = t.Kind }).ToList(),
        };
    }

    public PersonRequest ToRequest() => new(Name, Email, UserId, Title, Team, Location, WeeklyCapacityHours, CostRate, CostCurrency?.Trim().ToUpperInvariant(),
        Iso(CostRateFrom), Skills.Select(s => new PersonSkillRequest(s.Name, s.Level)).ToList(),
        TimeOff.Select(t => new PersonTimeOffRequest(Iso(t.From), Iso(t.To), t.Kind.ToString())).ToList(), Version);

    private static string? Iso(DateTime? date) => FormDates.ToDateOnly(date)?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public sealed class SkillLine
    {
        public string? Name { get; set; }

        public int Level { get; set; } = 3;
    }

    public sealed class TimeOffLine
    {
        public DateTime? From { get; set; }

        public DateTime? To { get; set; }

        public TimeOffKind Kind { get; set; } = TimeOffKind.Vacation;
    }
}
