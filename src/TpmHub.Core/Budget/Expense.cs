namespace TpmHub.Core.Budget;

/// <summary>Money actually spent (or refunded) on a project: the actual cost (AC) of earned value.</summary>
public sealed class Expense
{
    public Guid Id { get; set; }

    public Guid ProjectId { get; set; }

    public DateOnly Date { get; set; }

    /// <summary>Always positive; <see cref="Kind"/> says whether it adds or subtracts.</summary>
    public decimal Amount { get; set; }

    public BudgetCategory Category { get; set; }

    public ExpenseKind Kind { get; set; }

    public string Vendor { get; set; } = "";

    /// <summary>Invoice or purchase-order number.</summary>
    public string Reference { get; set; } = "";

    /// <summary>An optional work item of the same project the spend belongs to.</summary>
    public Guid? WorkItemId { get; set; }

    public string Note { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public uint Version { get; set; }

    /// <summary>What the expense adds to the actual cost: its amount, negative for a refund.</summary>
    public static decimal CostEffect(ExpenseKind kind, decimal amount) => kind == ExpenseKind.Refund ? -amount : amount;
}
