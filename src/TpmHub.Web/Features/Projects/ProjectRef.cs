namespace TpmHub.Web.Features.Projects;

/// <summary>What other areas need to know of a project they work inside.</summary>
public sealed record ProjectRef(Guid Id, string Key, DateOnly StartDate, string Currency, bool CanWrite);
