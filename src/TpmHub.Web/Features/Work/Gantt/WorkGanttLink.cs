using TpmHub.Core.Schedule;
using TpmHub.Web.Features.Work.Items;
using TpmHub.Web.Features.Work.Dependencies;
using TpmHub.Web.Features.Work.Schedule;
using TpmHub.Web.Features.Work.Baselines;

namespace TpmHub.Web.Features.Work.Gantt;

/// <summary>A dependency between two Gantt rows; critical when both ends are on the critical path.</summary>
public sealed record WorkGanttLink(
    string Predecessor,
    string Successor,
    LinkType Type,
    int LagDays,
    int PredecessorRow,
    int SuccessorRow,
    bool Critical);
