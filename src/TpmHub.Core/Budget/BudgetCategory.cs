namespace TpmHub.Core.Budget;

/// <summary>What a budget line or an expense is for (API values are camelCase: <c>cloudInfrastructure</c>, …).</summary>
public enum BudgetCategory
{
    Labour,
    CloudInfrastructure,
    Licences,
    Hardware,
    VendorsServices,
    Training,
    Contingency,
}
