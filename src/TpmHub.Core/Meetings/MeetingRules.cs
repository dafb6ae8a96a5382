using System.Text;
using TpmHub.Core.Common;

namespace TpmHub.Core.Meetings;

/// <summary>Validation of a meeting and of the edits a lead makes to a suggestion before accepting it.</summary>
public static class MeetingRules
{
    public const int TitleMaxLength = 200;
    public const int NameMaxLength = 120;
    public const int EmailMaxLength = 254;
    public const int HandleMaxLength = 64;
    public const int AgendaTextMaxLength = 500;
    public const int MaxAttendees = 100;
    public const int MaxAgendaItems = 100;
    public const int DefaultDurationMinutes = 60;
    public const int MinDurationMinutes = 5;
    public const int MaxDurationMinutes = 24 * 60;

    /// <summary>Notes are at most 1 MB (1,048,576 bytes) as UTF-8.</summary>
    public const int NotesMaxBytes = 1024 * 1024;

    /// <summary>A suggestion becomes an item titled by its text, so it is held to the titles' limit.</summary>
    public const int SuggestionTextMaxLength = 200;

    /// <summary>Field-named problems of a meeting's own fields (attendees and agenda are checked one by one with their index).</summary>
    public static ValidationErrors Validate(string? title, DateOnly? date, int? durationMinutes, string? notes)
    {
        var errors = new ValidationErrors();
        if (InputLimits.Text("title", title, errors))
        {
            if (string.IsNullOrWhiteSpace(title))
            {
                errors.Add("title", "Give the meeting a title.");
            }
            else if (title.Trim().Length > TitleMaxLength)
            {
                errors.Add("title", $"title is at most {TitleMaxLength} characters.");
            }
        }

        if (date is null)
        {
            errors.Add("date", "Give the meeting's date (yyyy-MM-dd).");
        }
        else
        {
            InputLimits.Date("date", date, errors);
        }

        if (durationMinutes is { } minutes && (minutes < MinDurationMinutes || minutes > MaxDurationMinutes))
        {
            errors.Add("durationMinutes", $"durationMinutes must be between {MinDurationMinutes} and {MaxDurationMinutes}.");
        }

        if (InputLimits.Text("notes", notes, errors) && notes is not null && Encoding.UTF8.GetByteCount(notes) > NotesMaxBytes)
        {
            errors.Add("notes", $"Notes are at most 1 MB ({NotesMaxBytes:N0} bytes as UTF-8); these are {Encoding.UTF8.GetByteCount(notes):N0}.");
        }

        return errors;
    }

    /// <summary>Problems of one attendee, named <c>attendees[i].field</c>: a name is required unless a user or stakeholder supplies it.</summary>
    public static void ValidateAttendee(int index, string? name, string? email, string? handle, bool hasLinkedPerson, ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var prefix = $"attendees[{index}]";
        if (!InputLimits.Texts(prefix, [name, email, handle], errors))
        {
            return;
        }

        if (string.IsNullOrWhiteSpace(name) && !hasLinkedPerson)
        {
            errors.Add($"{prefix}.name", "Give the attendee's name (or a userId or stakeholderId).");
        }
        else if (name?.Trim().Length > NameMaxLength)
        {
            errors.Add($"{prefix}.name", $"A name is at most {NameMaxLength} characters.");
        }

        if (!string.IsNullOrWhiteSpace(email) && !LooksLikeEmail(email.Trim()))
        {
            errors.Add($"{prefix}.email", $"'{Clip(email)}' is not an email address.");
        }

        if (!string.IsNullOrWhiteSpace(handle) && !IsHandle(handle.Trim().TrimStart('@')))
        {
            errors.Add($"{prefix}.handle", $"A handle is 1–{HandleMaxLength} letters, digits, '.', '_' or '-' (the @ is optional).");
        }
    }

    /// <summary>Problems of one agenda line, named <c>agenda[i].text</c>.</summary>
    public static void ValidateAgendaItem(int index, string? text, ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var field = $"agenda[{index}].text";
        if (!InputLimits.Text(field, text, errors))
        {
            return;
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add(field, "An agenda line needs text.");
        }
        else if (text.Trim().Length > AgendaTextMaxLength)
        {
            errors.Add(field, $"An agenda line is at most {AgendaTextMaxLength} characters.");
        }
    }

    /// <summary>Problems of the edits sent when accepting a suggestion.</summary>
    public static ValidationErrors ValidateEdits(string? text, DateOnly? due)
    {
        var errors = new ValidationErrors();
        if (InputLimits.Text("text", text, errors) && text is not null)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                errors.Add("text", "The text cannot be empty; leave it out to keep the suggested text.");
            }
            else if (text.Trim().Length > SuggestionTextMaxLength)
            {
                errors.Add("text", $"text is at most {SuggestionTextMaxLength} characters.");
            }
        }

        InputLimits.Date("due", due, errors);
        return errors;
    }

    /// <summary>The handle as stored: without a leading @.</summary>
    public static string? NormaliseHandle(string? handle) =>
        string.IsNullOrWhiteSpace(handle) ? null : handle.Trim().TrimStart('@');

    private static bool IsHandle(string handle) =>
        handle.Length is > 0 and <= HandleMaxLength && handle.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-');

    private static bool LooksLikeEmail(string email)
    {
        var at = email.IndexOf('@', StringComparison.Ordinal);
        return email.Length <= EmailMaxLength && at > 0 && at == email.LastIndexOf('@') && email.IndexOf('.', at) > at + 1
            && !email.EndsWith('.') && !email.Any(char.IsWhiteSpace);
    }

    private static string Clip(string text) => text.Length > 60 ? text[..60] + "…" : text;
}
