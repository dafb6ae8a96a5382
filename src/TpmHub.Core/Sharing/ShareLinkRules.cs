using TpmHub.Core.Common;

namespace TpmHub.Core.Sharing;

/// <summary>The rules of a share link: it expires within <see cref="MaxDays"/> days, and a password, when set, is long enough to resist guessing.</summary>
public static class ShareLinkRules
{
    public const int MaxDays = 90;

    public const int PasswordMinLength = 8;

    public const int PasswordMaxLength = 128;

    public const int LabelMaxLength = 200;

    /// <summary>Random bytes in a token: 256 bits, well above the 128 the issue asks for.</summary>
    public const int TokenBytes = 32;

    public static ValidationErrors Validate(DateOnly? expiresOn, string? password, string? label, DateOnly today)
    {
        var errors = new ValidationErrors();
        if (expiresOn is not { } expires)
        {
            errors.Add("expiresOn", $"Expiry is required (yyyy-MM-dd), at most {MaxDays} days from today.");
        }
        else if (expires < today)
        {
            errors.Add("expiresOn", $"The expiry {expires:yyyy-MM-dd} is in the past; choose today or a later day.");
        }
        else if (expires > today.AddDays(MaxDays))
        {
            errors.Add("expiresOn", $"A link may last at most {MaxDays} days: choose {today.AddDays(MaxDays):yyyy-MM-dd} or earlier.");
        }

        if (password is not null && (password.Length < PasswordMinLength || password.Length > PasswordMaxLength))
        {
            errors.Add("password", $"A password must be {PasswordMinLength}–{PasswordMaxLength} characters; leave it out for a link without one.");
        }
        else
        {
            InputLimits.Text("password", password, errors);
        }

        if ((label?.Length ?? 0) > LabelMaxLength)
        {
            errors.Add("label", $"Label must be at most {LabelMaxLength} characters.");
        }
        else
        {
            InputLimits.Text("label", label, errors);
        }

        return errors;
    }

    /// <summary>Whether the link opens on <paramref name="today"/>: not revoked and not past its last day.</summary>
    public static bool IsLive(ShareLink link, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(link);
        return link.RevokedAt is null && today <= link.ExpiresOn;
    }

    public static string Status(ShareLink link, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(link);
        return link.RevokedAt is not null ? "revoked" : today > link.ExpiresOn ? "expired" : "active";
    }
}
