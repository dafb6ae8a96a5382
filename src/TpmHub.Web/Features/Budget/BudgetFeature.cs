using TpmHub.Core.Budget;
using TpmHub.Web.Data;

namespace TpmHub.Web.Features.Budget;

public static class BudgetFeature
{
    public static IServiceCollection AddBudget(this IServiceCollection services)
    {
        services.AddScoped<BudgetLineService>();
        services.AddScoped<ExpenseService>();
        services.AddScoped<ExpenseCsvService>();
        services.AddScoped<EarnedValueService>();
        services.AddAuditDescription<BudgetLine>(l => (l.ProjectId, $"budget {l.Category} {l.Month:yyyy-MM}"));
        services.AddAuditDescription<Expense>(DescribeExpense);
        return services;
    }

    /// <summary>How an expense is named in the project's history (the audit entity id holds at most 64 characters).</summary>
    public static (Guid? ProjectId, string EntityId) DescribeExpense(Expense expense)
    {
        ArgumentNullException.ThrowIfNull(expense);
        var name = $"expense {expense.Date:yyyy-MM-dd} {expense.Reference}".TrimEnd();
        return (expense.ProjectId, name.Length <= 64 ? name : name[..64]);
    }
}
