namespace TpmHub.Core.Raci;

/// <summary>Why a RACI row breaks the rule "exactly one A and at least one R".</summary>
public enum RaciProblem
{
    NoAccountable,
    ManyAccountable,
    NoResponsible,
}
