using MudBlazor;

namespace TpmHub.Web.Components.Layout;

/// <summary>
/// The app's colours. Every text colour here meets WCAG 2.1 AA (4.5:1) on the surfaces it sits on: MudBlazor's
/// defaults (orange #ff9800, green #00c853, red #f44336 with white text, and the light indigo of dark mode) do not,
/// and axe checks every main page in both modes (AccessibilityJourneyTests). Light mode pairs dark status colours with
/// white text; dark mode pairs light status colours with near-black text.
/// </summary>
public static class TpmHubTheme
{
    private const string DarkText = "rgba(0,0,0,0.87)";

    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#3949ab",
            Secondary = "#00796b",
            AppbarBackground = "#283593",
            Info = "#1565c0",
            InfoDarken = "#0d47a1",
            Success = "#2e7d32",
            SuccessDarken = "#1b5e20",
            Warning = "#b45309",
            WarningDarken = "#92400e",
            Error = "#c62828",
            ErrorDarken = "#b71c1c",
            TextSecondary = "rgba(0,0,0,0.66)",
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#a5aedd",
            PrimaryContrastText = DarkText,
            Secondary = "#80cbc4",
            SecondaryContrastText = DarkText,
            Info = "#64b5f6",
            InfoContrastText = DarkText,
            InfoLighten = "#90caf9",
            Success = "#81c784",
            SuccessContrastText = DarkText,
            SuccessLighten = "#a5d6a7",
            Warning = "#ffb74d",
            WarningContrastText = DarkText,
            WarningLighten = "#ffcc80",
            Error = "#ff8a80",
            ErrorContrastText = DarkText,
            ErrorLighten = "#ffab91",
            TextSecondary = "rgba(255,255,255,0.72)",
        },
    };
}
