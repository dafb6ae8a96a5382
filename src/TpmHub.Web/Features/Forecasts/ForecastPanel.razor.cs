using System.Globalization;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using TpmHub.Core.Forecasts;
using TpmHub.Web.Features.Access;
using TpmHub.Web.Features.Common;

namespace TpmHub.Web.Features.Forecasts;

/// <summary>The Forecast tab's state: defaults, the run form, a running forecast polled for progress, the one shown, and the history.</summary>
public partial class ForecastPanel
{
    private static readonly IReadOnlyDictionary<string, string[]> NoErrors = new Dictionary<string, string[]>();

    private readonly CancellationTokenSource _disposed = new();
    private IReadOnlyList<ForecastRow>? _runs;
    private ForecastSettingsRow? _settings;
    private ForecastRow? _shown;
    private ForecastRow? _active;
    private int? _iterations = ForecastInput.DefaultIterations;
    private int? _seed;
    private DateTime? _target;
    private bool _includeRisks = true;
    private ForecastDistribution _distribution;
    private int? _low;
    private int? _high;
    private IReadOnlyDictionary<string, string[]> _errors = NoErrors;
    private ProjectAccess? _shownFor;

    [Parameter, EditorRequired]
    public ProjectAccess Access { get; set; } = default!;

    protected override async Task OnParametersSetAsync()
    {
        if (!Access.SameAs(_shownFor))
        {
            _shownFor = Access;
            _target = FormDates.ToDateTime(await Forecasts.ProjectTargetAsync(Access));
            await LoadAsync();
        }
    }

    public void Dispose()
    {
        _disposed.Cancel();
        _disposed.Dispose();
    }

    private async Task LoadAsync()
    {
        _settings = await TryReadAsync(() => Forecasts.SettingsAsync(Access), "the forecast settings");
        if (_settings is not null)
        {
            (_distribution, _low, _high) = (_settings.Distribution, _settings.SpreadLowPercent, _settings.SpreadHighPercent);
        }

        _runs = await TryReadAsync(() => Forecasts.ListAsync(Access), "the forecasts");
        _shown = _runs?.FirstOrDefault(r => r.Finish is not null);
        _active = _runs?.FirstOrDefault(r => r.Status is ForecastStatus.Queued or ForecastStatus.Running);
        if (_active is not null && RendererInfo.IsInteractive)
        {
            _ = FollowAsync(_active.Id);
        }
    }

    private async Task RunAsync()
    {
        var request = new ForecastRequest(_iterations, _seed, null, _includeRisks, FormDates.ToDateOnly(_target)?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        var result = await Forecasts.StartAsync(Access, request);
        if (!result.IsSuccess)
        {
            _errors = result.Error!.Fields ?? NoErrors;
            Snackbar.Add(result.Error.Message, Severity.Error);
            return;
        }

        _errors = NoErrors;
        _active = result.Value;
        _ = FollowAsync(result.Value!.Id);
    }

    /// <summary>Polls a running forecast a few times a second until it settles, then shows it at the top of the history.</summary>
    private async Task FollowAsync(Guid id)
    {
        try
        {
            using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(300));
            while (await timer.WaitForNextTickAsync(_disposed.Token))
            {
                var now = await Forecasts.GetAsync(Access, id, _disposed.Token);
                if (!now.IsSuccess)
                {
                    break;
                }

                _active = now.Value!.Status is ForecastStatus.Queued or ForecastStatus.Running ? now.Value : null;
                if (_active is null)
                {
                    _runs = (await Forecasts.ListAsync(Access, _disposed.Token)).Value;
                    _shown = now.Value.Finish is not null ? now.Value : _shown;
                    if (now.Value.Status == ForecastStatus.Failed)
                    {
                        Snackbar.Add($"The forecast failed: {now.Value.Error}", Severity.Error);
                    }
                }

                await InvokeAsync(StateHasChanged);
                if (_active is null)
                {
                    break;
                }
            }
        }
        catch (OperationCanceledException) when (_disposed.IsCancellationRequested)
        {
            // The tab was left: nothing more to show.
        }
    }

    private async Task CancelAsync(ForecastRow run)
    {
        var result = await Forecasts.CancelOrRemoveAsync(Access, run.Id);
        if (!result.IsSuccess)
        {
            Snackbar.Add(result.Error!.Message, Severity.Error);
        }
    }

    private async Task RemoveAsync(ForecastRow run)
    {
        var result = await Forecasts.CancelOrRemoveAsync(Access, run.Id);
        if (!result.IsSuccess)
        {
            Snackbar.Add(result.Error!.Message, Severity.Error);
        }

        await LoadAsync();
    }

    private async Task SaveSettingsAsync()
    {
        var result = await Forecasts.SaveSettingsAsync(Access, new ForecastSettingsRequest(_distribution.ToString(), _low, _high, _settings?.Version));
        if (!result.IsSuccess)
        {
            _errors = result.Error!.Fields ?? NoErrors;
            Snackbar.Add(result.Error.Message, Severity.Error);
            return;
        }

        (_settings, _errors) = (result.Value, NoErrors);
        Snackbar.Add("Forecast defaults saved; they apply to the next run.", Severity.Success);
    }

    private bool Has(string field) => _errors.ContainsKey(field);

    private string? Message(string field) => _errors.TryGetValue(field, out var m) ? string.Join(" ", m) : null;
}
