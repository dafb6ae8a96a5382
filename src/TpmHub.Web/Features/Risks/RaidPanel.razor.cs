using System.Globalization;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using TpmHub.Core.Common;
using TpmHub.Core.Projects;
using TpmHub.Core.Risks;
using TpmHub.Web.Components;
using TpmHub.Web.Features.Access;
using TpmHub.Web.Features.Common;
using TpmHub.Web.Features.Risks.Assessments;
using TpmHub.Web.Features.Risks.HeatMap;
using TpmHub.Web.Features.Risks.Register;
using TpmHub.Web.Features.Risks.Templates;

namespace TpmHub.Web.Features.Risks;

/// <summary>
/// The RAID tab of a project: heat map, trend, overdue counts, filters and the paged log. It takes the page's
/// <see cref="ProjectAccess"/> (or asks the gate once when it is not given); a read that fails is shown with a Retry.
/// </summary>
public sealed partial class RaidPanel
{
    [Inject]
    private RaidService Raid { get; set; } = default!;

    [Inject]
    private RaidAssessmentService Assessments { get; set; } = default!;

    [Inject]
    private RiskHeatmapService Heatmaps { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;


    private MudTable<RaidEntryDetails>? _table;
    private RiskHeatmap? _heatmap;
    private IReadOnlyList<RiskTrendPoint>? _trend;
    private RaidOverdueRow? _overdue;
    private IReadOnlyList<RaidOwnerOption> _owners = [];
    private string? _summaryError;
    private string? _listError;
    private bool _retrying;
    private bool _residual;
    private int? _cellP;
    private int? _cellI;
    private string? _search;
    private RaidKind? _kind;
    private RaidStatus? _status;
    private RiskBand? _band;
    private string? _owner;
    private RiskCategory? _category;
    private bool _anyFilter;

    /// <summary>The project as the gate decided for the page that shows this tab.</summary>
    [Parameter, EditorRequired]
    public ProjectAccess Access { get; set; } = default!;

    private ProjectAccess? _shownFor;

    [Parameter]
    public ProjectKind ProjectKind { get; set; }

    /// <summary>Opens the templates dialog on arrival (a new project's first visit, so the lead picks its typical risks).</summary>
    [Parameter]
    public bool OfferTemplates { get; set; }

    private bool _offered;

    private bool Editable => Access.CanWrite;

    private string Key => Access.Key;

    private string Currency => Access.Currency;

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (OfferTemplates && Editable && !_offered && RendererInfo.IsInteractive)
        {
            _offered = true;
            await TemplatesAsync();
        }
    }

    private IEnumerable<RaidStatus> StatusChoices => _kind is { } kind ? RaidRules.StatusesFor(kind) : Enum.GetValues<RaidStatus>();

    /// <summary>The API's CSV export with the list's kind, status and band filters (the cookie signs the request).</summary>
    private string CsvUrl
    {
        get
        {
            var query = new List<string>();
            if (_kind is { } kind)
            {
                query.Add("kind=" + EnumText.ToApi(kind));
            }

            if (_status is { } status)
            {
                query.Add("status=" + EnumText.ToApi(status));
            }

            if (_band is { } band)
            {
                query.Add("band=" + EnumText.ToApi(band));
            }

            var path = $"/api/v1/projects/{Uri.EscapeDataString(Key)}/raid/export.csv";
            return query.Count == 0 ? path : path + "?" + string.Join("&", query);
        }
    }

    protected override async Task OnParametersSetAsync()
    {
        // The page hands the same access again on each of its renders: read only when the project or the rights changed.
        if (Access.SameAs(_shownFor))
        {
            return;
        }

        _shownFor = Access;
        // After a prerender the circuit's first render takes what the prerender read (no second read, no loading flash);
        // the list below reads its page itself.
        if (await TakeHandedOverAsync<SummaryData>(Key) is { } handed)
        {
            (_owners, _heatmap, _trend, _overdue) = (handed.Owners, handed.Heatmap, handed.Trend, handed.Overdue);
            return;
        }

        if (await LoadSummaryAsync())
        {
            await HandOverAsync(Key, new SummaryData(_owners, _heatmap, _trend, _overdue));
        }
    }

    /// <summary>The project as the gate decided for the page.</summary>
    private Task<Result<ProjectAccess>> AccessAsync() => Task.FromResult<Result<ProjectAccess>>(Access);

    /// <summary>Reads the owners, heat map, trend and overdue counts; false (with the error shown) when that failed.</summary>
    private async Task<bool> LoadSummaryAsync()
    {
        _summaryError = null;
        try
        {
            var access = await AccessAsync();
            if (!access.IsSuccess)
            {
                _summaryError = access.Error!.Message;
                return false;
            }

            var project = access.Value!;
            _owners = await Raid.OwnerChoicesAsync(project);
            _heatmap = await Heatmaps.HeatmapAsync(project, _residual);
            _trend = await Assessments.TrendAsync(project);
            _overdue = await Assessments.OverdueAsync(project);
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _summaryError = ex.Message;
            return false;
        }
    }

    private async Task RetrySummaryAsync()
    {
        _retrying = true;
        try
        {
            await LoadSummaryAsync();
        }
        finally
        {
            _retrying = false;
        }
    }

    private async Task ReloadAllAsync()
    {
        await LoadSummaryAsync();
        await ReloadAsync();
    }

    private Task ReloadAsync() => _table?.ReloadServerData() ?? Task.CompletedTask;

    private async Task<TableData<RaidEntryDetails>> LoadAsync(TableState state, CancellationToken ct)
    {
        _anyFilter = !string.IsNullOrWhiteSpace(_search) || _kind is not null || _status is not null || _band is not null || _owner is not null
                     || _category is not null || _cellP is not null;
        var query = new RaidQuery(_kind, _status, _band, _owner, _category, _search, _cellP, _cellI, _residual, false, state.SortLabel,
            state.SortDirection == SortDirection.Descending, state.Page + 1, state.PageSize);
        _listError = null;
        try
        {
            var access = await AccessAsync();
            var result = access.IsSuccess ? await Raid.ListAsync(access.Value!, query, ct) : access.Error!;
            if (result.IsSuccess)
            {
                return new TableData<RaidEntryDetails> { Items = result.Value!.Items, TotalItems = result.Value.Total };
            }

            _listError = result.Error!.Message;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _listError = ex.Message;
        }

        StateHasChanged();
        return new TableData<RaidEntryDetails> { Items = [], TotalItems = 0 };
    }

    private Task OnSearch(string? value) { _search = value; return ReloadAsync(); }

    private Task OnKind(RaidKind? value)
    {
        _kind = value;
        if (_kind is { } kind && _status is { } status && !RaidRules.StatusesFor(kind).Contains(status))
        {
            _status = null;
        }

        return ReloadAsync();
    }

    private Task OnStatus(RaidStatus? value) { _status = value; return ReloadAsync(); }

    private Task OnBand(RiskBand? value) { _band = value; return ReloadAsync(); }

    private Task OnOwner(string? value) { _owner = value; return ReloadAsync(); }

    private Task OnCategory(RiskCategory? value) { _category = value; return ReloadAsync(); }

    private Task OnCellAsync(RiskHeatMapSquare cell)
    {
        (_cellP, _cellI) = _cellP == cell.Probability && _cellI == cell.Impact ? ((int?)null, (int?)null) : (cell.Probability, cell.Impact);
        return ReloadAsync();
    }

    private Task ClearCellAsync(MudChip<string> chip) { (_cellP, _cellI) = (null, null); return ReloadAsync(); }

    private async Task OnResidualAsync(bool residual)
    {
        _residual = residual;
        try
        {
            var access = await AccessAsync();
            if (access.IsSuccess)
            {
                _heatmap = await Heatmaps.HeatmapAsync(access.Value!, _residual);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _summaryError = ex.Message;
        }

        await ReloadAsync();
    }

    private async Task NewAsync()
    {
        if (!(await AccessAsync()).IsSuccess)
        {
            return;
        }

        var dialog = await Dialogs.ShowAsync<RaidEntryDialog>("New RAID entry",
            new DialogParameters<RaidEntryDialog> { { d => d.Access, Access } },
            new DialogOptions { MaxWidth = MaxWidth.Medium, FullWidth = true, CloseOnEscapeKey = true });
        if (await dialog.Result is { Canceled: false, Data: string key })
        {
            Snackbar.Add($"{key} added.", Severity.Success);
            await ReloadAllAsync();
        }
    }

    private async Task TemplatesAsync()
    {
        if (!(await AccessAsync()).IsSuccess)
        {
            return;
        }

        var dialog = await Dialogs.ShowAsync<RaidTemplatesDialog>("Add typical risks",
            new DialogParameters<RaidTemplatesDialog> { { d => d.Access, Access }, { d => d.ProjectKind, ProjectKind } },
            new DialogOptions { MaxWidth = MaxWidth.Medium, FullWidth = true, CloseOnEscapeKey = true });
        if (await dialog.Result is { Canceled: false, Data: int added })
        {
            Snackbar.Add(added == 1 ? "1 risk added from the templates." : $"{added} risks added from the templates.", Severity.Success);
            await ReloadAllAsync();
        }
    }

    private string Money(decimal amount) => $"{amount.ToString("N0", CultureInfo.InvariantCulture)} {Currency}".Trim();

    private static string OverdueText(RaidOverdueRow row)
    {
        var parts = new List<string>();
        if (row.OverdueReviews > 0)
        {
            parts.Add(row.OverdueReviews == 1 ? "1 risk is past its review date" : $"{row.OverdueReviews} risks are past their review date");
        }

        if (row.OverdueDependencies > 0)
        {
            parts.Add(row.OverdueDependencies == 1 ? "1 dependency is past its needed-by date" : $"{row.OverdueDependencies} dependencies are past their needed-by date");
        }

        return string.Join("; ", parts) + ".";
    }

    /// <summary>What the panel's summary reads when it opens, so a prerender can hand it over in one piece.</summary>
    private sealed record SummaryData(
        IReadOnlyList<RaidOwnerOption> Owners,
        RiskHeatmap? Heatmap,
        IReadOnlyList<RiskTrendPoint>? Trend,
        RaidOverdueRow? Overdue);
}
