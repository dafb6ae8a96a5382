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
        services.AddAuditDescription<Expense>(e => (e.ProjectId, $"expense {e.Date:yyyy-MM-dd} {e.Reference}".TrimEnd()));
        return services;
    }
}
