using System.Linq.Expressions;

namespace TpmHub.Core.Risks;

/// <summary>
/// When a RAID entry is next due and whether it is overdue: a risk by its review date, an assumption by its validate-by
/// date, an issue by its due date, a dependency by its needed-by date. Only open risks (review) and awaited dependencies
/// (needed-by) are ever overdue; the rest show their date without a flag.
/// </summary>
public static class RaidDue
{
    /// <summary>Risks are reviewed this many days apart; a new risk's first review is this far out.</summary>
    public const int ReviewCadenceDays = 14;

    /// <summary>The review date a new risk gets when raised on <paramref name="today"/>.</summary>
    public static DateOnly DefaultReviewDate(DateOnly today) => today.AddDays(ReviewCadenceDays);

    /// <summary>The date that matters for an entry of this kind.</summary>
    public static DateOnly? DateOf(RaidKind kind, DateOnly? dueDate, DateOnly? reviewDate, DateOnly? validateBy, DateOnly? neededBy) => kind switch
    {
        RaidKind.Risk => reviewDate,
        RaidKind.Assumption => validateBy,
        RaidKind.Dependency => neededBy,
        _ => dueDate,
    };

    /// <summary>An open risk whose review date has passed.</summary>
    public static bool IsReviewOverdue(RaidKind kind, RaidStatus status, DateOnly? reviewDate, DateOnly today) =>
        RaidRules.IsOpenRisk(kind, status) && reviewDate < today;

    /// <summary>A dependency still awaited after its needed-by date.</summary>
    public static bool IsDependencyOverdue(RaidKind kind, RaidStatus status, DateOnly? neededBy, DateOnly today) =>
        RaidRules.IsOpenDependency(kind, status) && neededBy < today;

    /// <summary><see cref="IsReviewOverdue"/> as an expression a query provider translates.</summary>
    public static Expression<Func<RaidEntry, bool>> ReviewOverdue(DateOnly today) =>
        RaidEntryExpressions.Before(RaidRules.OpenRisk, nameof(RaidEntry.ReviewDate), today);

    /// <summary><see cref="IsDependencyOverdue"/> as an expression a query provider translates.</summary>
    public static Expression<Func<RaidEntry, bool>> DependencyOverdue(DateOnly today) =>
        RaidEntryExpressions.Before(RaidRules.OpenDependency, nameof(RaidEntry.NeededBy), today);

    /// <summary>Either kind of overdue, as an expression a query provider translates.</summary>
    public static Expression<Func<RaidEntry, bool>> Overdue(DateOnly today) =>
        RaidEntryExpressions.Either(ReviewOverdue(today), DependencyOverdue(today));
}
