using TpmHub.Core.Schedule;

namespace TpmHub.Web.Features.Work.Dependencies;

/// <summary>A link as the API returns it: item keys, type (FS, SS, FF, SF) and lag in working days.</summary>
public sealed record DependencyRow(Guid Id, string Predecessor, string Successor, LinkType Type, int LagDays);
