using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Web;
using TpmHub.Core.Common;
using TpmHub.Web.Features.Access;
using TpmHub.Web.Features.Identity;
using TpmHub.Web.Features.Platform;

namespace TpmHub.Web.Components;

/// <summary>
/// Gives a page the signed-in user as the service layer expects it, and a way to read its data once per page load.
/// A page opened by a full load is prerendered on the server, then rendered again when its circuit starts; Blazor does
/// not reuse the prerendered markup, so a page that reads its data again shows a loading state in between (the page
/// "flashes"). With <see cref="HandOverAsync{T}"/> a prerender leaves what it read in <see cref="PrerenderHandoff"/>
/// (only a token travels in the page, as data-protected persistent component state); the interactive render takes it
/// back with <see cref="TakeHandedOverAsync{T}"/> before anything else awaits, so its first render is the prerendered
/// markup. Everywhere else (in-app navigation, a missed hand-off) the page simply reads.
/// </summary>
public abstract class TpmHubPageBase : ComponentBase
{
    private readonly List<PersistingComponentStateSubscription> _persisting = [];

    [CascadingParameter]
    public Task<AuthenticationState>? AuthenticationState { get; set; }

    [Inject]
    private PersistentComponentState PersistentState { get; set; } = default!;

    [Inject]
    private PrerenderHandoff Handoff { get; set; } = default!;

    [Inject]
    private ProjectGate Gate { get; set; } = default!;

    [Inject]
    private ILogger<TpmHubPageBase> Logger { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private NotFoundNotice NotFoundNotice { get; set; } = default!;

    /// <summary>What the last failed <see cref="TryReadAsync{T}"/> said, for a <c>ReadFailed</c> alert; null after a read that worked.</summary>
    protected string? ReadError { get; private set; }

    protected async Task<CurrentUser> CurrentUserAsync()
    {
        var state = AuthenticationState is null ? null : await AuthenticationState;
        return CurrentUser.From(state?.User) ?? throw new InvalidOperationException("This page requires a signed-in user.");
    }

    /// <summary>
    /// The page side of the access gate: the project as the signed-in user may use it, or not found / forbidden. A page
    /// asks once and hands the <see cref="ProjectAccess"/> to its services and child components (tabs, dialogs).
    /// </summary>
    protected async Task<Result<ProjectAccess>> ProjectAccessAsync(string projectKey, AccessNeed need = AccessNeed.Read) =>
        await Gate.ProjectAsync(await CurrentUserAsync(), projectKey, need);

    /// <summary>The project of an item addressed by its key (a work item, a RAID entry: see <see cref="ProjectItemKind"/>).</summary>
    protected async Task<Result<ProjectAccess>> ItemAccessAsync(string routeParameter, string itemKey, AccessNeed need = AccessNeed.Read) =>
        await Gate.ItemAsync(await CurrentUserAsync(), routeParameter, itemKey, need);

    /// <summary>
    /// Shows the not-found page in place of this one, saying what was not found (e.g. "Project SEC"); a prerender
    /// answers HTTP 404. Used for anything the user may not see as well as anything that does not exist, so the
    /// answer does not tell the two apart.
    /// </summary>
    protected void ShowNotFound(string what)
    {
        NotFoundNotice.What = what;
        Navigation.NotFound();
    }

    /// <summary>
    /// Runs a read and returns its value; when it fails (a refused result, or the database did not answer) keeps what
    /// failed in <see cref="ReadError"/> and returns default, so the page shows the error with a retry rather than an
    /// empty list.
    /// </summary>
    protected async Task<T?> TryReadAsync<T>(Func<Task<Result<T>>> read, string what)
    {
        ArgumentNullException.ThrowIfNull(read);
        try
        {
            var result = await read();
            ReadError = result.IsSuccess ? null : $"Could not load {what}: {result.Error!.Message}";
            return result.Value;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Logger.LogError(ex, "Reading {What} failed", what);
            ReadError = $"Could not load {what}: the server could not read it just now. Try again in a moment.";
            return default;
        }
    }

    /// <summary>
    /// In the first interactive render after a prerender, what the prerender handed over under <paramref name="name"/>
    /// (which should include the route values, e.g. the project key); null anywhere else. Completes without yielding.
    /// </summary>
    protected async Task<T?> TakeHandedOverAsync<T>(string name)
        where T : class
    {
        if (!RendererInfo.IsInteractive || !PersistentState.TryTakeFromJson<string>(StateKey(name), out var token))
        {
            return null;
        }

        return Handoff.Take<T>(token, (await CurrentUserAsync()).UserId);
    }

    /// <summary>While prerendering, hands <paramref name="value"/> over to the interactive render; otherwise does nothing.</summary>
    protected async Task HandOverAsync<T>(string name, T value, long size = 1)
        where T : class
    {
        if (RendererInfo.IsInteractive)
        {
            return;
        }

        var token = Handoff.Put((await CurrentUserAsync()).UserId, value, size);
        var key = StateKey(name);
        _persisting.Add(PersistentState.RegisterOnPersisting(() =>
        {
            PersistentState.PersistAsJson(key, token);
            return Task.CompletedTask;
        }, RenderMode.InteractiveServer));
    }

    private string StateKey(string name) => $"handoff:{GetType().FullName}:{name}";
}
