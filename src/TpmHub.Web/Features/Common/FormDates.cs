namespace TpmHub.Web.Features.Common;

/// <summary>MudBlazor date pickers bind <see cref="DateTime"/>; the domain speaks <see cref="DateOnly"/>.</summary>
public static class FormDates
{
    public static DateOnly? ToDateOnly(DateTime? value) => value is { } v ? DateOnly.FromDateTime(v) : null;

    public static DateTime? ToDateTime(DateOnly? value) => value?.ToDateTime(TimeOnly.MinValue);
}
