using System.Globalization;
using TpmHub.Core.Common;
using TpmHub.Web.Features.Access;
using TpmHub.Web.Features.Common;

namespace TpmHub.Web.Features.Work.Schedule;

public static class ScheduleEndpoints
{
    public sealed record CalendarRequest(IReadOnlyList<string>? Holidays);

    public sealed record CalendarResponse(IReadOnlyList<DateOnly> Holidays);

    public static IEndpointRouteBuilder MapScheduleEndpoints(this IEndpointRouteBuilder app)
    {
        var project = app.MapGroup("/api/v1/projects/{key}").WithTags("Work and schedule").RequireAuthorization().RequireProjectAccess();

        project.MapGet("/calendar", async (ProjectAccess access, ScheduleService service, CancellationToken ct) =>
            ApiResults.From(await service.GetCalendarAsync(access, ct), h => TypedResults.Ok(new CalendarResponse(h))))
            .WithSummary("The project's holidays (Mon–Fri is the working week)");

        project.MapPut("/calendar", async (ProjectAccess access, ScheduleService service, CalendarRequest request, CancellationToken ct) =>
        {
            var errors = new ValidationErrors();
            var dates = new List<DateOnly>();
            foreach (var text in request.Holidays ?? [])
            {
                if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    dates.Add(date);
                }
                else
                {
                    errors.Add("holidays", $"'{text}' is not a date in the form yyyy-MM-dd.");
                }
            }

            if (request.Holidays is null)
            {
                errors.Add("holidays", "holidays is required (a list of yyyy-MM-dd dates; [] for none).");
            }

            return errors.Any
                ? ApiResults.Problem(errors.ToError())
                : ApiResults.From(await service.SetCalendarAsync(access, dates, ct), h => TypedResults.Ok(new CalendarResponse(h)));
        }).WithSummary("Replace the project's holidays; the schedule is recomputed");

        project.MapGet("/schedule", async (ProjectAccess access, ScheduleService service, CancellationToken ct) =>
            ApiResults.From(await service.GetAsync(access, ct)))
            .WithSummary("The critical-path schedule: early/late dates, total and free float, critical flag, project finish");

        return app;
    }
}
