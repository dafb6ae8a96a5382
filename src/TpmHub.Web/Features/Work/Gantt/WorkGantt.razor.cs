using System.Globalization;
using Microsoft.AspNetCore.Components;
using TpmHub.Web.Components;
using TpmHub.Web.Features.Access;
using TpmHub.Web.Features.Work.Baselines;

namespace TpmHub.Web.Features.Work.Gantt;

/// <summary>
/// The Gantt chart of one project: turns the plan the page read (items in schedule order, links, calendar) and an
/// optional baseline into a <see cref="WorkGanttLayout"/> and hands that to <see cref="WorkGanttChart"/>. The layout is
/// built synchronously from the plan, so a prerendered chart and its first interactive render are the same markup.
/// </summary>
public sealed partial class WorkGantt : TpmHubPageBase
{
    private WorkGanttPlan? _laidOut;
    private Guid? _loadedBaseline;
    private BaselineVariance? _variance;
    private WorkGanttLayout? _layout;
    private WorkGanttZoom _zoom = WorkGanttZoom.Week;
    private string? _error;
    private WorkGanttChart? _chart;

    [Inject]
    private BaselineService Baselines { get; set; } = default!;

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    [Parameter, EditorRequired]
    public ProjectAccess Access { get; set; } = default!;

    [Parameter, EditorRequired]
    public WorkGanttPlan Plan { get; set; } = default!;

    /// <summary>When set, each bar gets a thin grey bar underneath with its dates in this baseline.</summary>
    [Parameter]
    public Guid? BaselineId { get; set; }

    protected override async Task OnParametersSetAsync()
    {
        ArgumentNullException.ThrowIfNull(Plan);
        if (!ReferenceEquals(Plan, _laidOut))
        {
            _laidOut = Plan;
            _error = null;
            Relayout();
        }

        if (BaselineId != _loadedBaseline)
        {
            _loadedBaseline = BaselineId;
            _variance = null;
            if (BaselineId is { } id)
            {
                var variance = await Baselines.VarianceAsync(Access, id);
                _variance = variance.Value;
                _error = variance.Error?.Message;
            }

            Relayout();
        }
    }

    private void Relayout()
    {
        var today = DateOnly.FromDateTime(Time.GetLocalNow().DateTime);
        _layout = WorkGanttLayout.Build(Plan, _variance, today, _zoom);
    }

    private void SetZoom(WorkGanttZoom zoom)
    {
        _zoom = zoom;
        _layout = _layout?.WithZoom(zoom);
    }

    private async Task TodayAsync()
    {
        if (_chart is not null)
        {
            await _chart.ScrollToTodayAsync();
        }
    }

    private static string Date(DateOnly? date) => date?.ToString("d MMM yyyy", CultureInfo.InvariantCulture) ?? "—";
}
