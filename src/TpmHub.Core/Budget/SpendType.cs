namespace TpmHub.Core.Budget;

/// <summary>Capital or operating expenditure (API values <c>capEx</c>, <c>opEx</c>).</summary>
public enum SpendType
{
    CapEx,
    OpEx,
}
