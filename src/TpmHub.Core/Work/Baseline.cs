namespace TpmHub.Core.Work;

/// <summary>A named, frozen copy of a project's planned dates and budgets, to compare the current plan against.</summary>
public sealed class Baseline
{
    public Guid Id { get; set; }

    public Guid ProjectId { get; set; }

    public string Name { get; set; } = "";

    public DateOnly? ProjectFinish { get; set; }

    public string? CreatedBy { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public List<BaselineItem> Items { get; set; } = [];
}
