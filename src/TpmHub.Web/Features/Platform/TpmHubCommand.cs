namespace TpmHub.Web.Features.Platform;

/// <summary>
/// What the <c>tpmhub</c> script asked the app to do: <c>migrate</c> or <c>seed</c> and exit, or serve
/// (optionally migrating and seeding the demo first with <c>--migrate --seed-demo</c>).
/// Everything else is passed to the host (e.g. <c>--urls</c>).
/// </summary>
public sealed record TpmHubCommand(bool Migrate, bool SeedDemo, bool ExitAfterMaintenance, bool Banner, string[] HostArgs)
{
    public static TpmHubCommand Parse(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var rest = args.ToList();
        bool Take(string word) => rest.Remove(word);

        if (Take("migrate"))
        {
            return new TpmHubCommand(true, false, true, false, rest.ToArray());
        }

        if (Take("seed"))
        {
            Take("--demo");
            return new TpmHubCommand(false, true, true, false, rest.ToArray());
        }

        var migrate = Take("--migrate");
        var seed = Take("--seed-demo");
        var banner = Take("--banner");
        return new TpmHubCommand(migrate, seed, false, banner, rest.ToArray());
    }
}
