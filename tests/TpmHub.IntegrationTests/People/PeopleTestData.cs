using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TpmHub.Core.People;
using TpmHub.IntegrationTests.Infrastructure;
using TpmHub.Web.Data;

namespace TpmHub.IntegrationTests.People;

/// <summary>People written straight into the database, for tests of areas that only need someone with a rate.</summary>
public static class PeopleTestData
{
    /// <summary>A person with the given rates (rate, currency, from), in order.</summary>
    public static async Task<Guid> PersonAsync(TpmHubApp app, string name, params (decimal Rate, string Currency, DateOnly From)[] rates)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<TpmHubDbContext>>().CreateDbContextAsync();
        var now = DateTimeOffset.UtcNow;
        var person = new Person { Id = Guid.CreateVersion7(), Name = name, Title = "Engineer", Team = "Platform", WeeklyCapacityHours = 40, CreatedAt = now, UpdatedAt = now };
        db.People.Add(person);
        db.PersonRates.AddRange(rates.Select(r => new PersonRate { Id = Guid.CreateVersion7(), PersonId = person.Id, RatePerHour = r.Rate, Currency = r.Currency, From = r.From }));
        await db.SaveChangesAsync();
        return person.Id;
    }
}
