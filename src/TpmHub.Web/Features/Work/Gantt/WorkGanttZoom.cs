
namespace TpmHub.Web.Features.Work.Gantt;

/// <summary>The Gantt's time scale: week zoom labels week starts, month zoom labels months.</summary>
public enum WorkGanttZoom
{
    Week,
    Month,
}
