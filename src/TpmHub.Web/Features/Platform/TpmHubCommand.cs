namespace TpmHub.Web.Features.Platform;

/// <summary>
/// What the <c>tpmhub</c> script asked the app to do: <c>migrate</c> or <c>seed</c> and exit, or serve
/// (optionally migrating and seeding the demo first with <c>--migrate --seed-demo</c>).
/// Everything else is passed to the host (e.g. <c>--urls</c>).
/// </summary>
public sealed record TpmHubCommand(bool Migrate, bool SeedDemo, bool ExitAfterMaintenance, bool Banner, string[] HostArgs)
{
    /// <summary><c>seed --scale large [--seed N]</c>: also generate the large measurement portfolio.</summary>
    public bool SeedLarge { get; init; }

    /// <summary>The generator's seed (default 42): the same seed gives the same portfolio.</summary>
    public int LargeSeed { get; init; } = 42;

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
            var large = false;
            var seedValue = 42;
            var scale = rest.IndexOf("--scale");
            if (scale >= 0 && scale + 1 < rest.Count)
            {
                large = rest[scale + 1] == "large";
                if (!large)
                {
                    throw new ArgumentException($"Unknown scale '{rest[scale + 1]}'; the only scale is 'large'.");
                }

                rest.RemoveRange(scale, 2);
            }

            var seedAt = rest.IndexOf("--seed");
            if (seedAt >= 0 && seedAt + 1 < rest.Count)
            {
                seedValue = int.TryParse(rest[seedAt + 1], out var n) ? n : throw new ArgumentException("--seed needs a whole number.");
                rest.RemoveRange(seedAt, 2);
            }

            return new TpmHubCommand(false, true, true, false, rest.ToArray()) { SeedLarge = large, LargeSeed = seedValue };
        }

        var migrate = Take("--migrate");
        var seed = Take("--seed-demo");
        var banner = Take("--banner");
        return new TpmHubCommand(migrate, seed, false, banner, rest.ToArray());
    }
}
