
namespace TpmHub.Web.Features.Work.Gantt;

/// <summary>One labelled span of the time axis (a week, a month or a year) in pixels from the timeline's left edge.</summary>
public sealed record WorkGanttTick(double X, double Width, string Label);
