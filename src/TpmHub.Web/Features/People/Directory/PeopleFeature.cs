using TpmHub.Core.People;
using TpmHub.Web.Data;

namespace TpmHub.Web.Features.People.Directory;

public static class PeopleFeature
{
    /// <summary>People, skills, rates and time off. People belong to no project, so their audit entries carry none.</summary>
    public static IServiceCollection AddPeople(this IServiceCollection services)
    {
        services.AddScoped<PersonService>();
        services.AddAuditDescription<Person>(p => (null, Short(p.Name)));
        services.AddAuditDescription<PersonRate>(r => (null, $"rate {r.From:yyyy-MM-dd} of {r.PersonId}"));
        services.AddAuditDescription<PersonSkill>(s => (null, Short($"skill {s.PersonId} {s.Name}")));
        services.AddAuditDescription<PersonTimeOff>(t => (null, $"time off {t.From:yyyy-MM-dd} of {t.PersonId}"));
        return services;
    }

    /// <summary>The audit trail keeps at most 64 characters of an entity's name.</summary>
    internal static string Short(string text) => text.Length <= 64 ? text : text[..64];
}
