namespace TpmHub.Web.Features.Dashboard;

/// <summary>Spend against the approved budget and earned value, in sentences (no acronyms on the page).</summary>
public sealed record DashboardMoney(decimal Budgeted, decimal Spent, decimal? SpentShare, IReadOnlyList<string> Sentences);
