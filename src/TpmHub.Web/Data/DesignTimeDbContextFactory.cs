using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace TpmHub.Web.Data;

/// <summary>Lets <c>dotnet ef</c> (migrations, bundles) build the context from any folder, without starting the app.</summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<TpmHubDbContext>
{
    public TpmHubDbContext CreateDbContext(string[] args)
    {
        var connectionString = Environment.GetEnvironmentVariable("TPMHUB_DB")
            ?? "Host=127.0.0.1;Port=55432;Database=tpmhub;Username=tpmhub;Password=tpmhub";
        var options = new DbContextOptionsBuilder<TpmHubDbContext>();
        DataFeature.Configure(options, connectionString);
        return new TpmHubDbContext(options.Options);
    }
}
