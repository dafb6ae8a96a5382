namespace TpmHub.Web.Features.Identity;

/// <summary>
/// How many password checks (sign-in page, login API, refresh) are allowed per minute. Configuration section
/// <c>SignInLimits</c>; a person never reaches the defaults, a password-guessing script does.
/// </summary>
public sealed class SignInLimitOptions
{
    public const string Section = "SignInLimits";

    /// <summary>Attempts per minute naming one account (email), from any address.</summary>
    public int PerAccountPerMinute { get; set; } = 10;

    /// <summary>Attempts per minute from one client address, whatever account they name.</summary>
    public int PerAddressPerMinute { get; set; } = 30;
}
