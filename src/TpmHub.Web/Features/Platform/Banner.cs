using TpmHub.Web.Seeding;

namespace TpmHub.Web.Features.Platform;

/// <summary>What <c>./tpmhub run</c> prints once the app listens: where to go and how to sign in.</summary>
public static class Banner
{
    public static void PrintReady(ICollection<string> urls, string? demoPassword)
    {
        ArgumentNullException.ThrowIfNull(urls);
        Console.WriteLine();
        Console.WriteLine("TpmHub is ready: " + string.Join(", ", urls));
        if (demoPassword is not null)
        {
            PrintLogins(demoPassword);
        }

        Console.WriteLine("Press Ctrl-C to stop.");
        Console.WriteLine();
    }

    public static void PrintLogins(string demoPassword)
    {
        Console.WriteLine("Demo logins (password: " + demoPassword + "):");
        Console.WriteLine($"  {DemoSeeder.AdminEmail,-28} Admin: every project, users and members");
        Console.WriteLine($"  {DemoSeeder.LeadEmail,-28} Team lead: member of CLD, PAY, NET");
        Console.WriteLine($"  {DemoSeeder.StakeholderEmail,-28} Stakeholder: read-only, member of CLD, PAY");
        if (Environment.GetEnvironmentVariable("TPMHUB_DEMO_PASSWORD") is not { Length: > 0 })
        {
            Console.WriteLine("  (random password for this run; set TPMHUB_DEMO_PASSWORD to choose your own)");
        }
    }
}
