namespace TpmHub.Core.Certifications;

/// <summary>
/// A certification of the catalogue (PMP, CSM, …) as its issuing body publishes it: how long a credential stays valid
/// (<see cref="RenewalYears"/>, none for a certificate that is good for life) and how many continuing-education units a
/// holder must log per cycle to renew (<see cref="UnitsRequired"/> of <see cref="UnitName"/>, e.g. 60 PDUs).
/// </summary>
public sealed class Certification
{
    public Guid Id { get; set; }

    /// <summary>The short code people and the API use (<c>PMP</c>, <c>PRINCE2-F</c>); unique, upper case.</summary>
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    public string IssuingBody { get; set; } = "";

    /// <summary>Years a credential stays valid after it is earned or renewed; null when it never expires.</summary>
    public int? RenewalYears { get; set; }

    /// <summary>Continuing-education units to log within each cycle to renew; null when renewal needs none.</summary>
    public int? UnitsRequired { get; set; }

    /// <summary>What the issuing body calls a unit (PDU, SEU, CPD point); one hour of activity counts as one unit.</summary>
    public string UnitName { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }
}
