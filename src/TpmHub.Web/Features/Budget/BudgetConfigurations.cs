using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TpmHub.Core.Budget;
using TpmHub.Core.Projects;
using TpmHub.Core.Work;

namespace TpmHub.Web.Features.Budget;

public sealed class BudgetLineConfiguration : IEntityTypeConfiguration<BudgetLine>
{
    public void Configure(EntityTypeBuilder<BudgetLine> builder)
    {
        builder.ToTable("budget_lines");
        builder.HasKey(l => l.Id);
        builder.HasIndex(l => new { l.ProjectId, l.Month });
        builder.Property(l => l.Category).HasConversion<string>().HasMaxLength(24);
        builder.Property(l => l.SpendType).HasConversion<string>().HasMaxLength(8);
        builder.Property(l => l.Amount).HasPrecision(18, 2);
        builder.Property(l => l.Note).HasMaxLength(BudgetRules.NoteMaxLength);
        builder.Property(l => l.Version).IsRowVersion();
        builder.HasOne<Project>().WithMany().HasForeignKey(l => l.ProjectId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class ExpenseConfiguration : IEntityTypeConfiguration<Expense>
{
    public void Configure(EntityTypeBuilder<Expense> builder)
    {
        builder.ToTable("expenses");
        builder.HasKey(e => e.Id);
        builder.HasIndex(e => new { e.ProjectId, e.Date });
        builder.HasIndex(e => e.WorkItemId);
        builder.Property(e => e.Category).HasConversion<string>().HasMaxLength(24);
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(8);
        builder.Property(e => e.Amount).HasPrecision(18, 2);
        builder.Property(e => e.Vendor).HasMaxLength(BudgetRules.VendorMaxLength);
        builder.Property(e => e.Reference).HasMaxLength(BudgetRules.ReferenceMaxLength);
        builder.Property(e => e.Note).HasMaxLength(BudgetRules.NoteMaxLength);
        builder.Property(e => e.Version).IsRowVersion();
        builder.HasOne<Project>().WithMany().HasForeignKey(e => e.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<WorkItem>().WithMany().HasForeignKey(e => e.WorkItemId).OnDelete(DeleteBehavior.SetNull);
    }
}

public sealed class ProgressEntryConfiguration : IEntityTypeConfiguration<ProgressEntry>
{
    public void Configure(EntityTypeBuilder<ProgressEntry> builder)
    {
        builder.ToTable("progress_entries");
        builder.HasKey(p => p.Id);
        builder.HasIndex(p => new { p.WorkItemId, p.AsOf, p.RecordedAt });
        builder.HasIndex(p => new { p.ProjectId, p.AsOf });
        builder.Property(p => p.RecordedBy).HasMaxLength(256);
        builder.HasOne<Project>().WithMany().HasForeignKey(p => p.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<WorkItem>().WithMany().HasForeignKey(p => p.WorkItemId).OnDelete(DeleteBehavior.Cascade);
    }
}
