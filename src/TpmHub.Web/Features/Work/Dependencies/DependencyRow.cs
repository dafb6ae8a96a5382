using System.Text.Json.Serialization;
using TpmHub.Core.Schedule;

namespace TpmHub.Web.Features.Work.Dependencies;

/// <summary>
/// A link as the API returns it: item keys, type and lag in working days. The type is written as the API takes it, upper-case
/// (FS, SS, FF, SF, as DESIGN.md spells them), not camelCase like every other enum (decision 0006).
/// </summary>
public sealed record DependencyRow(
    Guid Id,
    string Predecessor,
    string Successor,
    [property: JsonConverter(typeof(JsonStringEnumConverter<LinkType>))] LinkType Type,
    int LagDays);
