using TpmHub.Web.Features.Work.Items;
using TpmHub.Web.Features.Work.Dependencies;
using TpmHub.Web.Features.Work.Schedule;
using TpmHub.Web.Features.Work.Baselines;

namespace TpmHub.Web.Features.Work.Gantt;

/// <summary>The Gantt's time scale: week zoom labels week starts, month zoom labels months.</summary>
public enum WorkGanttZoom
{
    Week,
    Month,
}
