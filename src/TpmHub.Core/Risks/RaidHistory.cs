namespace TpmHub.Core.Risks;

/// <summary>A snapshot of an entry's assessment after each change of probability, impact, status or cost; the trend is drawn from these.</summary>
public sealed class RaidHistory
{
    public long Id { get; set; }

    public Guid EntryId { get; set; }

    public Guid ProjectId { get; set; }

    public DateTimeOffset At { get; set; }

    public RaidStatus Status { get; set; }

    public int? Probability { get; set; }

    public int? Impact { get; set; }

    public int? ResidualProbability { get; set; }

    public int? ResidualImpact { get; set; }

    public decimal? CostImpact { get; set; }

    public string? ChangedBy { get; set; }
}
