using TpmHub.Web.Data;

namespace TpmHub.Web.Features.Access;

/// <summary>
/// A kind of thing that lives inside a project and is addressed by its own key (a work item <c>CLD-42</c>, a RAID entry
/// <c>CLD-R7</c>). Each area registers its kinds with <see cref="AccessFeature.AddProjectItemKind"/>; the gate then
/// resolves such a key to its project, and an API route whose parameter is named <see cref="RouteParameter"/> goes
/// through the gate like one that names the project.
/// </summary>
/// <param name="RouteParameter">The route parameter that carries the key, e.g. <c>itemKey</c>.</param>
/// <param name="Noun">How a refusal names it: "Work item", "RAID entry".</param>
/// <param name="ProjectIdOf">The id of the project that holds the item with the given key (empty when there is none).</param>
public sealed record ProjectItemKind(string RouteParameter, string Noun, Func<TpmHubDbContext, string, IQueryable<Guid>> ProjectIdOf);
