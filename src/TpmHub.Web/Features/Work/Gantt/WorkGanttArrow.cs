
namespace TpmHub.Web.Features.Work.Gantt;

/// <summary>
/// A dependency arrow: from (<see cref="X1"/>, <see cref="Y1"/>) on the predecessor to (<see cref="X2"/>, <see cref="Y2"/>)
/// on the successor, drawn as the orthogonal SVG <see cref="Path"/> (the arrowhead is a marker at its end).
/// </summary>
public sealed record WorkGanttArrow(WorkGanttLink Link, double X1, double Y1, double X2, double Y2, string Path);
