using System.Globalization;
using System.Linq.Expressions;
using TpmHub.Core.Common;

namespace TpmHub.Core.Communications;

/// <summary>The rules of a communication plan: validation, when a line is overdue, and how "mark sent" moves its next due date.</summary>
public static class CommunicationRules
{
    public const int ShortTextMaxLength = 200;
    public const int TextMaxLength = 4_000;

    /// <summary>Overdue ⇔ the next due date is before today (a line due today is not overdue yet).</summary>
    public static bool IsOverdue(DateOnly nextDue, DateOnly today) => nextDue < today;

    /// <summary><see cref="IsOverdue"/> as an expression a query can translate.</summary>
    public static Expression<Func<Communication, bool>> Overdue(DateOnly today) => c => c.NextDue < today;

    /// <summary>
    /// A plain sentence for the due date seen from <paramref name="today"/>: "Overdue since 24 Nov", "Due today",
    /// "Due tomorrow", "Due on 2 Dec". The year is named only when it is not today's.
    /// </summary>
    public static string DueText(DateOnly nextDue, DateOnly today)
    {
        var day = nextDue.Year == today.Year
            ? nextDue.ToString("d MMM", CultureInfo.InvariantCulture)
            : nextDue.ToString("d MMM yyyy", CultureInfo.InvariantCulture);
        return (nextDue.DayNumber - today.DayNumber) switch
        {
            < 0 => $"Overdue since {day}",
            0 => "Due today",
            1 => "Due tomorrow",
            _ => $"Due on {day}",
        };
    }

    /// <summary>
    /// Where the next due date goes when the communication is sent on <paramref name="sentOn"/>: weekly +7 days,
    /// fortnightly +14 days, monthly +1 calendar month (31 Jan → 28/29 Feb); per milestone, the earliest planned
    /// finish among <paramref name="openMilestoneFinishes"/> after the sent date, and when there is none it stays where
    /// it was (NextDue null) and the message says so. A date past the window of dates the app accepts also stays.
    /// </summary>
    public static CommunicationAdvance Advance(CommunicationFrequency frequency, DateOnly sentOn, IEnumerable<DateOnly> openMilestoneFinishes)
    {
        ArgumentNullException.ThrowIfNull(openMilestoneFinishes);
        DateOnly? next = frequency switch
        {
            CommunicationFrequency.Weekly => sentOn.AddDays(7),
            CommunicationFrequency.Fortnightly => sentOn.AddDays(14),
            CommunicationFrequency.Monthly => sentOn.AddMonths(1),
            _ => openMilestoneFinishes.Where(f => f > sentOn).Order().Cast<DateOnly?>().FirstOrDefault(),
        };
        if (next is not { } date)
        {
            return new CommunicationAdvance(null,
                $"Sent on {Iso(sentOn)}; no open milestone is planned to finish after that, so the next due date stays as it was.");
        }

        if (!InputLimits.IsInWindow(date))
        {
            return new CommunicationAdvance(null,
                $"Sent on {Iso(sentOn)}; the next date would fall after {Iso(InputLimits.LatestDate)}, so the next due date stays as it was.");
        }

        var why = frequency switch
        {
            CommunicationFrequency.Weekly => "a week after it was sent",
            CommunicationFrequency.Fortnightly => "two weeks after it was sent",
            CommunicationFrequency.Monthly => "a month after it was sent",
            _ => "the next open milestone's planned finish",
        };
        return new CommunicationAdvance(date, $"Sent on {Iso(sentOn)}; next due {Iso(date)} ({why}).");
    }

    /// <summary>Field-named problems of a communication as given: audience, what and channel required; lengths; no NUL.</summary>
    public static ValidationErrors Validate(string? audience, string? what, string? channel, string? notes)
    {
        var errors = new ValidationErrors();
        Required("audience", audience, ShortTextMaxLength, "Say who it is for (a group or the stakeholders' names).", errors);
        Required("what", what, TextMaxLength, "Say what the message is.", errors);
        Required("channel", channel, ShortTextMaxLength, "Say how it goes out (email, a meeting, a channel).", errors);
        Text("notes", notes, TextMaxLength, errors);
        return errors;
    }

    private static void Required(string field, string? text, int max, string message, ValidationErrors errors)
    {
        Text(field, text, max, errors);
        if (string.IsNullOrWhiteSpace(text) && !errors.Has(field))
        {
            errors.Add(field, message);
        }
    }

    private static void Text(string field, string? text, int max, ValidationErrors errors)
    {
        if (InputLimits.Text(field, text, errors) && text is { Length: var length } && length > max)
        {
            errors.Add(field, $"{field} is at most {max} characters.");
        }
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
