using TpmHub.Core.Common;

namespace TpmHub.Core.Raci;

/// <summary>
/// The RACI rule — each epic or milestone has exactly one Accountable and at least one Responsible — with the sentences
/// that explain a broken row, the letters the API uses, the order a click cycles through, and the checks on a row sent.
/// </summary>
public static class RaciRules
{
    /// <summary>More cells than this in one row is not a matrix a person could read (and no project has this many people).</summary>
    public const int MaxCellsPerRow = 500;

    /// <summary>The letter of a role: R, A, C or I.</summary>
    public static string Letter(RaciRole role) => role switch
    {
        RaciRole.Responsible => "R",
        RaciRole.Accountable => "A",
        RaciRole.Consulted => "C",
        RaciRole.Informed => "I",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };

    /// <summary>Reads R, A, C or I (either case, surrounding spaces ignored); anything else is no role.</summary>
    public static RaciRole? ParseLetter(string? text) => text?.Trim().ToUpperInvariant() switch
    {
        "R" => RaciRole.Responsible,
        "A" => RaciRole.Accountable,
        "C" => RaciRole.Consulted,
        "I" => RaciRole.Informed,
        _ => null,
    };

    /// <summary>What a click on a cell makes of it: empty → R → A → C → I → empty.</summary>
    public static RaciRole? Next(RaciRole? current) => current switch
    {
        null => RaciRole.Responsible,
        RaciRole.Responsible => RaciRole.Accountable,
        RaciRole.Accountable => RaciRole.Consulted,
        RaciRole.Consulted => RaciRole.Informed,
        _ => null,
    };

    /// <summary>
    /// The problems of one row given its roles: <see cref="RaciProblem.NoAccountable"/> without an A,
    /// <see cref="RaciProblem.ManyAccountable"/> with more than one, <see cref="RaciProblem.NoResponsible"/> without an R.
    /// Empty when the row keeps the rule; accountability first, then responsibility.
    /// </summary>
    public static IReadOnlyList<RaciProblem> Problems(IEnumerable<RaciRole> roles)
    {
        ArgumentNullException.ThrowIfNull(roles);
        var list = roles.ToList();
        var problems = new List<RaciProblem>(2);
        var accountable = list.Count(r => r == RaciRole.Accountable);
        if (accountable == 0)
        {
            problems.Add(RaciProblem.NoAccountable);
        }
        else if (accountable > 1)
        {
            problems.Add(RaciProblem.ManyAccountable);
        }

        if (!list.Contains(RaciRole.Responsible))
        {
            problems.Add(RaciProblem.NoResponsible);
        }

        return problems;
    }

    /// <summary>
    /// One sentence per problem of the row named <paramref name="item"/> ("CLD-6 Pilot sign-off"), in the order of
    /// <see cref="Problems"/>: "No one is accountable for …", "2 people are accountable for …: Dana Lee, Sam Patel",
    /// "No one is responsible for …". The accountable people are named in the order given.
    /// </summary>
    public static IReadOnlyList<string> ProblemTexts(string item, IReadOnlyList<(string Name, RaciRole Role)> cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        return Problems(cells.Select(c => c.Role)).Select(problem => problem switch
        {
            RaciProblem.NoAccountable => $"No one is accountable for {item}",
            RaciProblem.ManyAccountable => $"{cells.Count(c => c.Role == RaciRole.Accountable)} people are accountable for {item}: " +
                string.Join(", ", cells.Where(c => c.Role == RaciRole.Accountable).Select(c => c.Name)),
            _ => $"No one is responsible for {item}",
        }).ToList();
    }

    /// <summary>
    /// Checks a row as sent against the project's <paramref name="people"/>: each cell names exactly one person (a member's
    /// user id or a stakeholder's id) who belongs to the project, a role R/A/C/I, and no person twice — counting a member
    /// and the stakeholder who is the same user as one person. Errors are named <c>cells[i].memberUserId</c>,
    /// <c>cells[i].stakeholderId</c>, <c>cells[i].role</c> (or <c>cells</c>, <c>cells[i]</c> for the list and a missing cell).
    /// A row that breaks the RACI rule itself is valid: the matrix shows the problem, it does not refuse it.
    /// </summary>
    public static Result<IReadOnlyList<RaciAssignment>> Validate(IReadOnlyList<RaciCellInput?>? cells, RaciPeople people)
    {
        ArgumentNullException.ThrowIfNull(people);
        var errors = new ValidationErrors();
        if (cells is null)
        {
            return Error.Invalid("cells", "Send the row's cells (an empty list clears the row).");
        }

        if (cells.Count > MaxCellsPerRow)
        {
            return Error.Invalid("cells", $"A row has at most {MaxCellsPerRow} cells.");
        }

        var assignments = new List<RaciAssignment>(cells.Count);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < cells.Count; i++)
        {
            var field = $"cells[{i}]";
            if (cells[i] is not { } cell)
            {
                errors.Add(field, "A cell cannot be null; leave an empty cell out.");
                continue;
            }

            var person = Person(cell, field, people, errors);
            var role = Role(cell.Role, $"{field}.role", errors);
            if (person is not { } p || role is not { } r)
            {
                continue;
            }

            // A stakeholder with an account is the same person as that user's member column.
            var who = p.MemberUserId ?? people.StakeholderUserIds[p.StakeholderId!.Value] ?? p.StakeholderId!.Value.ToString();
            if (seen.TryGetValue(who, out var first))
            {
                var personField = p.MemberUserId is null ? $"{field}.stakeholderId" : $"{field}.memberUserId";
                errors.Add(personField, $"This person already has a role in this row (cells[{first}]); a person holds one role per row.");
                continue;
            }

            seen[who] = i;
            assignments.Add(new RaciAssignment(p, r));
        }

        return errors.Any ? errors.ToError() : assignments;
    }

    private static RaciPerson? Person(RaciCellInput cell, string field, RaciPeople people, ValidationErrors errors)
    {
        var memberField = $"{field}.memberUserId";
        var stakeholderField = $"{field}.stakeholderId";
        var textOk = InputLimits.Text(memberField, cell.MemberUserId, errors) & InputLimits.Text(stakeholderField, cell.StakeholderId, errors);
        if (!textOk)
        {
            return null;
        }

        var member = string.IsNullOrWhiteSpace(cell.MemberUserId) ? null : cell.MemberUserId.Trim();
        var stakeholder = string.IsNullOrWhiteSpace(cell.StakeholderId) ? null : cell.StakeholderId.Trim();
        switch (member, stakeholder)
        {
            case (null, null):
                const string neither = "Name the person: a member's memberUserId or a stakeholder's stakeholderId.";
                errors.Add(memberField, neither);
                errors.Add(stakeholderField, neither);
                return null;
            case (not null, not null):
                const string both = "A cell names one person: send memberUserId or stakeholderId, not both.";
                errors.Add(memberField, both);
                errors.Add(stakeholderField, both);
                return null;
            case (not null, null):
                if (!people.MemberUserIds.Contains(member))
                {
                    errors.Add(memberField, $"'{member}' is not a member of this project.");
                    return null;
                }

                return RaciPerson.Member(member);
            default:
                if (!Guid.TryParse(stakeholder, out var id) || !people.StakeholderUserIds.ContainsKey(id))
                {
                    errors.Add(stakeholderField, $"'{stakeholder}' is not a stakeholder of this project.");
                    return null;
                }

                return RaciPerson.Stakeholder(id);
        }
    }

    private static RaciRole? Role(string? text, string field, ValidationErrors errors)
    {
        if (!InputLimits.Text(field, text, errors))
        {
            return null;
        }

        if (ParseLetter(text) is { } role)
        {
            return role;
        }

        errors.Add(field, string.IsNullOrWhiteSpace(text)
            ? "Give the role: R, A, C or I (leave an empty cell out)."
            : $"'{text}' is not a role; use R, A, C or I.");
        return null;
    }
}
