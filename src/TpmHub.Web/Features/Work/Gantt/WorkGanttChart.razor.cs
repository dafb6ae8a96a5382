using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace TpmHub.Web.Features.Work.Gantt;

/// <summary>
/// Draws a <see cref="WorkGanttLayout"/>. Rows are virtualised: the body has the full height of all rows, but only the
/// rows of <see cref="_window"/> (those in view plus <see cref="Overscan"/> each side) and the arrows touching them are
/// rendered. gantt.js reports the scroll position (at most once per animation frame, and only when the first row in
/// view or the viewport height changes); a new window is rendered only when the view leaves the rendered one.
/// </summary>
public sealed partial class WorkGanttChart
{
    public const double LabelWidth = 320;
    public const int Overscan = 15;

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>The body height assumed until the browser reports it: a tall screen, so the first render has the rows in view.</summary>
    public const double AssumedViewportHeight = 1000;

    // Until the browser reports, assume a tall screen: the first render is then already the right rows.
    private double _scrollTop;
    private double _viewportHeight = AssumedViewportHeight;
    private bool _opened;
    private WorkGanttWindow _window;
    private ElementReference _scroll;
    private DotNetObjectReference<WorkGanttChart>? _self;
    private readonly string _id = "gantt-" + Guid.NewGuid().ToString("N")[..8];

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    [Parameter, EditorRequired]
    public WorkGanttLayout Layout { get; set; } = default!;

    /// <summary>
    /// Which rows the chart renders as it opens, around the anchor row (see <see cref="WorkGanttLayout.AnchorRow"/>) and
    /// before the browser has reported its size: what an opening plan read for <paramref name="today"/> must hold.
    /// </summary>
    public static WorkGanttOpening Opening(DateOnly today) =>
        new(today, Overscan, WorkGanttWindow.InView(0, AssumedViewportHeight, WorkGanttLayout.RowHeight, int.MaxValue, Overscan).End);

    /// <summary>The rows rendered now (exposed for tests).</summary>
    public WorkGanttWindow Window => _window;

    protected override void OnParametersSet()
    {
        ArgumentNullException.ThrowIfNull(Layout);
        if (!_opened)
        {
            // The chart opens on the work at hand; gantt.js scrolls there (data-scroll-y) before the browser paints.
            _opened = true;
            _scrollTop = Layout.ScrollAnchorY;
        }

        _window = WorkGanttWindow.InView(_scrollTop, _viewportHeight, WorkGanttLayout.RowHeight, Layout.RowCount, Overscan).Within(Layout.LaidOut);
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        // The opening position (today and the work at hand in view) needs no call: gantt.js applies data-scroll-x and
        // data-scroll-y as soon as the chart is in the document, prerendered or not, and data-scroll-x again on a new zoom.
        if (firstRender)
        {
            _self = DotNetObjectReference.Create(this);
            await JS.InvokeVoidAsync("tpmhubGantt.attach", _scroll, _self, WorkGanttLayout.RowHeight);
        }
    }

    /// <summary>Scrolls back to where the chart opened: today's date and the first row not finished by today.</summary>
    public ValueTask ScrollToTodayAsync() => JS.InvokeVoidAsync("tpmhubGantt.open", _scroll);

    /// <summary>Called by gantt.js with the scroll container's scrollTop and clientHeight (which includes the sticky header).</summary>
    [JSInvokable("OnViewportChanged")]
    public Task OnViewportChangedAsync(double scrollTop, double clientHeight)
    {
        _scrollTop = scrollTop;
        _viewportHeight = Math.Max(0, clientHeight - WorkGanttLayout.HeaderHeight);
        var next = WorkGanttWindow.Next(_window, _scrollTop, _viewportHeight, WorkGanttLayout.RowHeight, Layout.RowCount, Overscan)
            .Within(Layout.LaidOut);
        if (next != _window)
        {
            _window = next;
            StateHasChanged();
        }

        return Task.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        if (_self is not null)
        {
            try
            {
                await JS.InvokeVoidAsync("tpmhubGantt.detach", _scroll);
            }
            catch (JSDisconnectedException)
            {
                // The circuit is gone; so is the listener.
            }
            catch (TaskCanceledException)
            {
            }

            _self.Dispose();
        }
    }

    private static string Href(WorkGanttRow row) => "/work-items/" + Uri.EscapeDataString(row.Key);

    private static string BarClass(WorkGanttRow row, string kind) =>
        kind + (row.Critical ? " critical" : "") + (row.Type == TpmHub.Core.Work.WorkItemType.Epic ? " epic" : "");

    private static string Describe(WorkGanttRow row)
    {
        var dates = row.IsMilestone
            ? Date(row.PlannedFinish)
            : $"{Date(row.PlannedStart)} to {Date(row.PlannedFinish)}";
        return $"{row.Key} {row.Title}: {dates}, {row.PercentComplete}% complete{(row.Critical ? ", critical" : "")}";
    }

    private static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", Invariant) ?? "?";

    private static string Lag(WorkGanttLink link) => link.LagDays switch
    {
        0 => "",
        > 0 => $" +{link.LagDays}d",
        _ => $" {link.LagDays}d",
    };

    private static string Px(double value) => value.ToString("0.##", Invariant) + "px";

    private static string N(double value) => value.ToString("0.##", Invariant);
}
