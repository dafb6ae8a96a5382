namespace TpmHub.Core.Budget;

/// <summary>One cell of a project's approved budget: an amount for a category, a spend type and a month.</summary>
public sealed class BudgetLine
{
    public Guid Id { get; set; }

    public Guid ProjectId { get; set; }

    public BudgetCategory Category { get; set; }

    public SpendType SpendType { get; set; }

    /// <summary>The first day of the month the amount is planned for (the API writes it <c>yyyy-MM</c>).</summary>
    public DateOnly Month { get; set; }

    public decimal Amount { get; set; }

    public string Note { get; set; } = "";

    public uint Version { get; set; }
}
