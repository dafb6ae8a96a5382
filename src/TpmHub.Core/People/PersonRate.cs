namespace TpmHub.Core.People;

/// <summary>A person's cost rate per hour from a date on; a rate change adds a row, so earlier hours keep their cost.</summary>
public sealed class PersonRate
{
    public Guid Id { get; set; }

    public Guid PersonId { get; set; }

    public decimal RatePerHour { get; set; }

    /// <summary>ISO 4217 code, e.g. USD.</summary>
    public string Currency { get; set; } = "";

    /// <summary>The first day the rate applies.</summary>
    public DateOnly From { get; set; }
}
