using System.Globalization;
using Microsoft.AspNetCore.Components;
using TpmHub.Core.Common;
using TpmHub.Core.Schedule;
using TpmHub.Web.Components;
using TpmHub.Web.Features.Identity;
using TpmHub.Web.Features.Projects;

namespace TpmHub.Web.Features.Work;

/// <summary>
/// The Gantt chart of one project: loads the items (in schedule order), links, calendar and optional baseline through
/// the services, turns them into a <see cref="WorkGanttLayout"/> and hands that to <see cref="WorkGanttChart"/>.
/// </summary>
public sealed partial class WorkGantt : TpmHubPageBase
{
    private string? _loadedKey;
    private Guid? _loadedBaseline;
    private IReadOnlyList<WorkItemDetails> _items = [];
    private IReadOnlyList<DependencyRow> _links = [];
    private WorkingCalendar? _calendar;
    private BaselineVariance? _variance;
    private WorkGanttLayout? _layout;
    private WorkGanttZoom _zoom = WorkGanttZoom.Week;
    private string? _error;

    [Inject]
    private ProjectService Projects { get; set; } = default!;

    [Inject]
    private ScheduleService Schedule { get; set; } = default!;

    [Inject]
    private WorkItemService WorkItems { get; set; } = default!;

    [Inject]
    private DependencyService Dependencies { get; set; } = default!;

    [Inject]
    private BaselineService Baselines { get; set; } = default!;

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    [Parameter, EditorRequired]
    public string ProjectKey { get; set; } = "";

    /// <summary>When set, each bar gets a thin grey bar underneath with its dates in this baseline.</summary>
    [Parameter]
    public Guid? BaselineId { get; set; }

    protected override async Task OnParametersSetAsync()
    {
        // A prerender would load a whole project only to throw it away when the circuit starts; show the loading bar instead.
        if (!RendererInfo.IsInteractive)
        {
            return;
        }

        if (ProjectKey != _loadedKey)
        {
            await LoadAsync();
        }
        else if (BaselineId != _loadedBaseline && _error is null)
        {
            await LoadBaselineAsync(await CurrentUserAsync());
            Relayout();
        }
    }

    private async Task LoadAsync()
    {
        _layout = null;
        _error = null;
        _variance = null;
        var user = await CurrentUserAsync();
        var key = ProjectKey;

        // Each service opens its own context, so the independent reads run side by side.
        var projectTask = Projects.GetAsync(user, key);
        var holidaysTask = Schedule.GetCalendarAsync(user, key);
        var itemsTask = WorkItems.AllAsync(user, key);
        var linksTask = Dependencies.ListAsync(user, key);
        await Task.WhenAll(projectTask, holidaysTask, itemsTask, linksTask);
        var project = await projectTask;
        var holidays = await holidaysTask;
        var items = await itemsTask;
        var links = await linksTask;
        _loadedKey = key;
        var failed = project.Error ?? holidays.Error ?? items.Error ?? links.Error;
        if (failed is not null)
        {
            _error = failed.Kind == ErrorKind.NotFound ? $"Project {key} was not found, or you do not have access to it." : failed.Message;
            return;
        }

        _calendar = new WorkingCalendar(project.Value!.StartDate, holidays.Value!);
        _items = items.Value!;
        _links = links.Value!;
        await LoadBaselineAsync(user);
        Relayout();
    }

    private async Task LoadBaselineAsync(CurrentUser user)
    {
        _loadedBaseline = BaselineId;
        _variance = null;
        if (BaselineId is { } id)
        {
            var variance = await Baselines.VarianceAsync(user, ProjectKey, id);
            _variance = variance.Value;
        }
    }

    private void Relayout()
    {
        if (_calendar is not null)
        {
            var today = DateOnly.FromDateTime(Time.GetLocalNow().DateTime);
            _layout = WorkGanttLayout.Build(_items, _links, _variance, _calendar, today, _zoom);
        }
    }

    private void SetZoom(WorkGanttZoom zoom)
    {
        _zoom = zoom;
        _layout = _layout?.WithZoom(zoom);
    }

    private static string Date(DateOnly? date) => date?.ToString("d MMM yyyy", CultureInfo.InvariantCulture) ?? "—";
}
