using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using TpmHub.Core.Audit;
using TpmHub.Core.Budget;
using TpmHub.Core.Certifications;
using TpmHub.Core.Communications;
using TpmHub.Core.Decisions;
using TpmHub.Core.Forecasts;
using TpmHub.Core.Meetings;
using TpmHub.Core.People;
using TpmHub.Core.Projects;
using TpmHub.Core.Raci;
using TpmHub.Core.Reporting;
using TpmHub.Core.Risks;
using TpmHub.Core.Sharing;
using TpmHub.Core.Stakeholders;
using TpmHub.Core.Work;
using TpmHub.Web.Features.Identity;

namespace TpmHub.Web.Data;

public sealed class TpmHubDbContext(DbContextOptions<TpmHubDbContext> options)
    : IdentityDbContext<AppUser>(options), IDataProtectionKeyContext
{
    public DbSet<Project> Projects => Set<Project>();

    public DbSet<ProjectMember> ProjectMembers => Set<ProjectMember>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<WorkItem> WorkItems => Set<WorkItem>();

    public DbSet<WorkItemSchedule> WorkItemSchedules => Set<WorkItemSchedule>();

    public DbSet<Dependency> Dependencies => Set<Dependency>();

    public DbSet<ProjectHoliday> ProjectHolidays => Set<ProjectHoliday>();

    public DbSet<WorkItemSequence> WorkItemSequences => Set<WorkItemSequence>();

    public DbSet<Baseline> Baselines => Set<Baseline>();

    public DbSet<BaselineItem> BaselineItems => Set<BaselineItem>();

    public DbSet<RaidEntry> RaidEntries => Set<RaidEntry>();

    public DbSet<RaidHistory> RaidHistory => Set<RaidHistory>();

    public DbSet<RaidEntryLink> RaidEntryLinks => Set<RaidEntryLink>();

    public DbSet<RaidSequence> RaidSequences => Set<RaidSequence>();

    public DbSet<BudgetLine> BudgetLines => Set<BudgetLine>();

    public DbSet<Expense> Expenses => Set<Expense>();

    public DbSet<ProgressEntry> ProgressEntries => Set<ProgressEntry>();

    public DbSet<Stakeholder> Stakeholders => Set<Stakeholder>();

    public DbSet<ShareLink> ShareLinks => Set<ShareLink>();

    public DbSet<ShareLinkView> ShareLinkViews => Set<ShareLinkView>();

    public DbSet<RaciCell> RaciCells => Set<RaciCell>();

    public DbSet<Communication> Communications => Set<Communication>();

    public DbSet<CommunicationAudienceMember> CommunicationAudience => Set<CommunicationAudienceMember>();

    public DbSet<Decision> Decisions => Set<Decision>();

    public DbSet<DecisionLink> DecisionLinks => Set<DecisionLink>();

    public DbSet<DecisionSequence> DecisionSequences => Set<DecisionSequence>();

    public DbSet<StatusReport> StatusReports => Set<StatusReport>();

    public DbSet<Meeting> Meetings => Set<Meeting>();

    public DbSet<MeetingAttendee> MeetingAttendees => Set<MeetingAttendee>();

    public DbSet<MeetingAgendaItem> MeetingAgendaItems => Set<MeetingAgendaItem>();

    public DbSet<MeetingSuggestion> MeetingSuggestions => Set<MeetingSuggestion>();

    public DbSet<Person> People => Set<Person>();

    public DbSet<PersonRate> PersonRates => Set<PersonRate>();

    public DbSet<PersonSkill> PersonSkills => Set<PersonSkill>();

    public DbSet<PersonTimeOff> PersonTimeOff => Set<PersonTimeOff>();

    public DbSet<Certification> Certifications => Set<Certification>();

    public DbSet<PersonCredential> PersonCredentials => Set<PersonCredential>();

    public DbSet<CredentialUnit> CredentialUnits => Set<CredentialUnit>();

    public DbSet<TimeEntry> TimeEntries => Set<TimeEntry>();

    public DbSet<Allocation> Allocations => Set<Allocation>();

    public DbSet<ForecastRun> Forecasts => Set<ForecastRun>();

    public DbSet<ForecastSettings> ForecastSettings => Set<ForecastSettings>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(TpmHubDbContext).Assembly);
    }
}
