namespace TpmHub.Core.Budget;

/// <summary>An expense adds to the actual cost; a refund (its amount also positive) subtracts from it.</summary>
public enum ExpenseKind
{
    Expense,
    Refund,
}
