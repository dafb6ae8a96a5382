
namespace TpmHub.Web.Features.Work.Dependencies;

/// <summary>A link as supplied; the type arrives as text so an unknown type gets a field-named message.</summary>
public sealed record DependencyDraft(string? Predecessor, string? Successor, string? Type, int? LagDays);
