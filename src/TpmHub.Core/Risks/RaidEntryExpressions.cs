using System.Linq.Expressions;

namespace TpmHub.Core.Risks;

/// <summary>Builds the RAID rules as expression trees, so a rule is written once and both a query provider and plain code use it.</summary>
internal static class RaidEntryExpressions
{
    /// <summary><c>e =&gt; e.Kind == kind &amp;&amp; (e.Status == s1 || e.Status == s2 …)</c>.</summary>
    public static Expression<Func<RaidEntry, bool>> KindIn(RaidKind kind, IReadOnlyList<RaidStatus> statuses)
    {
        var anyStatus = StatusIn(statuses);
        var e = anyStatus.Parameters[0];
        var isKind = Expression.Equal(Expression.Property(e, nameof(RaidEntry.Kind)), Expression.Constant(kind));
        return Expression.Lambda<Func<RaidEntry, bool>>(Expression.AndAlso(isKind, anyStatus.Body), e);
    }

    /// <summary><c>e =&gt; e.Status == s1 || e.Status == s2 …</c>.</summary>
    public static Expression<Func<RaidEntry, bool>> StatusIn(IReadOnlyList<RaidStatus> statuses)
    {
        var e = Expression.Parameter(typeof(RaidEntry), "e");
        var status = Expression.Property(e, nameof(RaidEntry.Status));
        var anyStatus = statuses.Select(s => (Expression)Expression.Equal(status, Expression.Constant(s))).Aggregate(Expression.OrElse);
        return Expression.Lambda<Func<RaidEntry, bool>>(anyStatus, e);
    }

    /// <summary><c>rule(e) &amp;&amp; e.{dateProperty} &lt; today</c>; today is read from a closure so a query provider sends it as a parameter.</summary>
    public static Expression<Func<RaidEntry, bool>> Before(Expression<Func<RaidEntry, bool>> rule, string dateProperty, DateOnly today)
    {
        var e = rule.Parameters[0];
        var date = Expression.Property(e, dateProperty);
        var day = Expression.Property(Expression.Constant(new Day(today)), nameof(Day.Value));
        return Expression.Lambda<Func<RaidEntry, bool>>(Expression.AndAlso(rule.Body, Expression.LessThan(date, day)), e);
    }

    /// <summary><c>e =&gt; a(e) || b(e)</c>.</summary>
    public static Expression<Func<RaidEntry, bool>> Either(Expression<Func<RaidEntry, bool>> a, Expression<Func<RaidEntry, bool>> b)
    {
        var e = a.Parameters[0];
        var bBody = new Rebind(b.Parameters[0], e).Visit(b.Body);
        return Expression.Lambda<Func<RaidEntry, bool>>(Expression.OrElse(a.Body, bBody), e);
    }

    private sealed record Day(DateOnly? Value);

    private sealed class Rebind(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
