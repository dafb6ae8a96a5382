namespace TpmHub.Core.Raci;

/// <summary>What a person is for one epic or milestone; the API spells them with their letters R, A, C, I.</summary>
public enum RaciRole
{
    /// <summary>R: does the work.</summary>
    Responsible,

    /// <summary>A: answers for the outcome and signs it off; exactly one per row.</summary>
    Accountable,

    /// <summary>C: asked before the work is done (two-way).</summary>
    Consulted,

    /// <summary>I: told once it is done (one-way).</summary>
    Informed,
}
