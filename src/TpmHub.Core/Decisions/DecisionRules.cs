using TpmHub.Core.Common;

namespace TpmHub.Core.Decisions;

/// <summary>Validation of a decision-log entry, including the rules of superseding one decision by another.</summary>
public static class DecisionRules
{
    public const int TitleMaxLength = 200;
    public const int NameMaxLength = 120;
    public const int TextMaxLength = 8_000;

    /// <summary>At most this many links per decision.</summary>
    public const int MaxLinks = 50;

    /// <summary>
    /// Field-named problems of the fields themselves: title and decision required, lengths, no NUL; a decided-on date is
    /// required once the decision is no longer proposed.
    /// </summary>
    public static ValidationErrors Validate(string? title, string? context, string? decision, string? alternatives, string? consequences,
        string? decidedBy, DecisionStatus? status, DateOnly? decidedOn)
    {
        var errors = new ValidationErrors();
        Text("title", title, TitleMaxLength, errors);
        if (string.IsNullOrWhiteSpace(title) && !errors.Has("title"))
        {
            errors.Add("title", "Give the decision a title.");
        }

        Text("context", context, TextMaxLength, errors);
        Text("decision", decision, TextMaxLength, errors);
        if (string.IsNullOrWhiteSpace(decision) && !errors.Has("decision"))
        {
            errors.Add("decision", "Say what was (or is proposed to be) decided.");
        }

        Text("alternatives", alternatives, TextMaxLength, errors);
        Text("consequences", consequences, TextMaxLength, errors);
        Text("decidedBy", decidedBy, NameMaxLength, errors);
        if (InputLimits.Date("decidedOn", decidedOn, errors) && status is { } s && s != DecisionStatus.Proposed && decidedOn is null)
        {
            errors.Add("decidedOn", $"A decision that is {s.ToString().ToLowerInvariant()} needs the date it was decided on.");
        }

        return errors;
    }

    /// <summary>
    /// The problem with <c>supersededBy</c>, or null when there is none. It is required exactly when the status is
    /// superseded; it names another decision of the same project (<paramref name="target"/> is null when none of the
    /// project has that id or key), never the decision itself, and never one that this decision already supersedes
    /// (two decisions replacing each other would leave neither in force).
    /// </summary>
    /// <param name="status">The status asked for.</param>
    /// <param name="self">The decision being changed (null when it is being created).</param>
    /// <param name="given">Whether a <c>supersededBy</c> was sent at all.</param>
    /// <param name="target">What it resolved to in the project.</param>
    public static string? SupersedeProblem(DecisionStatus status, Guid? self, bool given, DecisionSupersedeTarget? target)
    {
        if (status != DecisionStatus.Superseded)
        {
            return given ? "Only a superseded decision names what superseded it; set the status to superseded or leave supersededBy out." : null;
        }

        if (!given)
        {
            return "A superseded decision must name the decision that superseded it (supersededBy).";
        }

        if (target is null)
        {
            return "supersededBy must be another decision of this project.";
        }

        if (self is { } id && target.Id == id)
        {
            return "A decision cannot supersede itself.";
        }

        if (self is { } me && target.SupersededById == me)
        {
            return $"{target.Key} is already superseded by this decision; two decisions cannot supersede each other.";
        }

        return null;
    }

    private static void Text(string field, string? text, int max, ValidationErrors errors)
    {
        if (InputLimits.Text(field, text, errors) && text is { Length: var length } && length > max)
        {
            errors.Add(field, $"{field} is at most {max} characters.");
        }
    }
}
