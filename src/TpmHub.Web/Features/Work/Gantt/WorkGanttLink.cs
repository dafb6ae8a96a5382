using TpmHub.Core.Schedule;

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
