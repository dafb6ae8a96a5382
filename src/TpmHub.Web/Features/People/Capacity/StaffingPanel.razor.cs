using System.Globalization;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using TpmHub.Core.Common;
using TpmHub.Core.People;
using TpmHub.Web.Features.Access;
using TpmHub.Web.Features.Common;

namespace TpmHub.Web.Features.People.Capacity;

/// <summary>The Team tab's state: the project's allocations, the add/change form, and the matches of one open role.</summary>
public partial class StaffingPanel
{
    private static readonly IReadOnlyDictionary<string, string[]> NoErrors = new Dictionary<string, string[]>();

    private IReadOnlyList<AllocationRow>? _rows;
    private StaffingChoices? _choices;
    private StaffForm? _form;
    private bool _saving;
    private Guid? _matchesFor;
    private IReadOnlyList<PlaceholderMatch>? _matches;
    private IReadOnlyDictionary<string, string[]> _errors = NoErrors;
    private ProjectAccess? _shownFor;

    [Parameter, EditorRequired]
    public ProjectAccess Access { get; set; } = default!;

    protected override async Task OnParametersSetAsync()
    {
        if (!Access.SameAs(_shownFor))
        {
            _shownFor = Access;
            await LoadAsync();
        }
    }

    private async Task LoadAsync()
    {
        _choices ??= await TryReadAsync(async () => Result<StaffingChoices>.Ok(await Allocations.ChoicesAsync()), "who can be allocated");
        _rows = await TryReadAsync(() => Allocations.ListAsync(Access), "the team");
    }

    private void StartAdd(bool role)
    {
        var monday = TimeEntryRules.WeekOf(DateOnly.FromDateTime(DateTime.Today)).AddDays(7);
        _form = new StaffForm { IsRole = role, Percent = 50, From = FormDates.ToDateTime(monday), To = FormDates.ToDateTime(monday.AddDays(7 * 12 - 3)) };
        if (role)
        {
            _form.Needs.Add(new Need { Kind = RequirementKind.Skill, MinLevel = 3 });
        }

        _errors = NoErrors;
    }

    private void StartEdit(AllocationRow r)
    {
        _form = new StaffForm
        {
            Id = r.Id, Version = r.Version, IsRole = r.Placeholder, PersonId = r.PersonId, Role = r.Role, Percent = r.Percent,
            From = FormDates.ToDateTime(r.From), To = FormDates.ToDateTime(r.To),
            Needs = r.Requirements.Select(n => new Need { Kind = n.Kind, Name = n.Name, MinLevel = n.MinLevel, Preferred = n.Preferred }).ToList(),
        };
        _errors = NoErrors;
    }

    private async Task SaveAsync()
    {
        var f = _form!;
        var request = new AllocationRequest(f.IsRole ? null : f.PersonId, f.Percent, Iso(f.From), Iso(f.To), f.Version, f.Role,
            f.IsRole ? f.Needs.Select(n => new RoleRequirementRequest(n.Kind.ToString(), n.Name, n.Kind == RequirementKind.Skill ? n.MinLevel : null, n.Preferred)).ToList() : null);
        _saving = true;
        var result = f.Id is { } id ? await Allocations.UpdateAsync(Access, id, request) : await Allocations.CreateAsync(Access, request);
        _saving = false;
        if (!result.IsSuccess)
        {
            _errors = result.Error!.Fields ?? new Dictionary<string, string[]> { [f.IsRole ? "role" : "personId"] = [result.Error.Message] };
            return;
        }

        Snackbar.Add(result.Value!.Placeholder ? $"Open role \"{result.Value.Role}\" saved: use Find people to fill it." : $"{result.Value.PersonName} is on {Access.Key} at {result.Value.Percent} %.",
            Severity.Success);
        (_form, _errors) = (null, NoErrors);
        await LoadAsync();
    }

    private async Task DeleteAsync(AllocationRow r)
    {
        if (await Dialogs.ShowMessageBoxAsync("Remove allocation", $"Remove {Who(r)} ({r.Percent} %, {r.From:d MMM} – {r.To:d MMM yyyy}) from {Access.Key}?",
                yesText: "Remove", cancelText: "Cancel") != true)
        {
            return;
        }

        var result = await Allocations.DeleteAsync(Access, r.Id);
        if (!result.IsSuccess)
        {
            Snackbar.Add(result.Error!.Message, Severity.Error);
        }

        await LoadAsync();
    }

    private async Task ToggleMatchesAsync(AllocationRow r)
    {
        if (_matchesFor == r.Id)
        {
            (_matchesFor, _matches) = (null, null);
            return;
        }

        (_matchesFor, _matches) = (r.Id, null);
        var result = await Allocations.MatchesAsync(Access, r.Id);
        _matches = result.IsSuccess ? result.Value : [];
    }

    private async Task AssignAsync(AllocationRow r, PlaceholderMatch m)
    {
        var result = await Allocations.AssignAsync(Access, r.Id, new AllocationAssignment(m.PersonId, r.Version));
        if (!result.IsSuccess)
        {
            Snackbar.Add(result.Error!.Message, Severity.Error);
        }
        else
        {
            Snackbar.Add($"{m.Name} fills \"{r.Role}\" at {r.Percent} %, {r.From:d MMM} – {r.To:d MMM yyyy}.", Severity.Success);
        }

        (_matchesFor, _matches) = (null, null);
        await LoadAsync();
    }

    private static string Who(AllocationRow r) => r.Placeholder ? $"the open role {r.Role}" : r.PersonName ?? "";

    private static string Needs(AllocationRow r) => r.Requirements.Count == 0 ? "" :
        "(" + string.Join(", ", r.Requirements.Select(n => (n.Kind == RequirementKind.Skill ? $"{n.Name} ≥ {n.MinLevel}" : n.Name) + (n.Preferred ? " preferred" : ""))) + ")";

    private static string? Iso(DateTime? date) => FormDates.ToDateOnly(date)?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private bool Has(string field) => _errors.ContainsKey(field);

    private string? Message(string field) => _errors.TryGetValue(field, out var m) ? string.Join(" ", m) : null;

    private sealed class StaffForm
    {
        public Guid? Id { get; init; }

        public uint? Version { get; init; }

        public bool IsRole { get; init; }

        public Guid? PersonId { get; set; }

        public string? Role { get; set; }

        public int? Percent { get; set; }

        public DateTime? From { get; set; }

        public DateTime? To { get; set; }

        public List<Need> Needs { get; init; } = [];
    }

    private sealed class Need
    {
        public RequirementKind Kind { get; init; }

        public string? Name { get; set; }

        public int? MinLevel { get; set; }

        public bool Preferred { get; set; }
    }
}
