using TpmHub.Core.Budget;
using TpmHub.Core.Common;
using TpmHub.Web.Features.Access;
using TpmHub.Web.Features.Common;

namespace TpmHub.Web.Features.Budget;

public static class BudgetEndpoints
{
    private const string Tag = "Budget and earned value";

    public static IEndpointRouteBuilder MapBudgetEndpoints(this IEndpointRouteBuilder app)
    {
        var project = app.MapGroup("/api/v1/projects/{key}").WithTags(Tag).RequireAuthorization().RequireProjectAccess();
        MapBudgetLines(project.MapGroup("/budget-lines"));
        MapExpenses(project.MapGroup("/expenses"));
        MapExpenseCsv(project.MapGroup("/expenses"));

        project.MapGet("/budget-summary", async (ProjectAccess access, BudgetLineService service, TimeProvider time, string? asOf, CancellationToken ct) =>
        {
            var errors = new ValidationErrors();
            var date = WindowDate(asOf, "asOf", errors);
            return errors.Any ? ApiResults.Problem(errors.ToError()) : ApiResults.From(await service.SummaryAsync(access, date ?? DateOnly.FromDateTime(time.GetLocalNow().DateTime), ct));
        }).WithSummary("Planned against actual spend by category and by month, with the forecast at completion and flagged categories");

        project.MapPut("/budget-settings", async (ProjectAccess access, BudgetLineService service, BudgetSettingsRequest request, CancellationToken ct) =>
            ApiResults.From(await service.SetWarningPercentAsync(access, request.WarningPercent, ct), percent => TypedResults.Ok(new BudgetSettingsRequest(percent))))
            .WithSummary("Set the share of a category's plan spent from which the Budget tab flags it (default 90 %)");

        project.MapGet("/earned-value", async (ProjectAccess access, EarnedValueService service, string? asOf, Guid? baseline, CancellationToken ct) =>
        {
            var errors = new ValidationErrors();
            var date = WindowDate(asOf, "asOf", errors);
            return errors.Any ? ApiResults.Problem(errors.ToError()) : ApiResults.From(await service.AtAsync(access, date, baseline, ct));
        }).WithSummary("Earned value at a status date (default today): BAC, PV, EV, AC, CV, SV, CPI, SPI, EAC, ETC, VAC, TCPI with a reading of each");

        project.MapGet("/earned-value/series", async (ProjectAccess access, EarnedValueService service, string? from, string? to, Guid? baseline, CancellationToken ct) =>
        {
            var errors = new ValidationErrors();
            var fromDate = WindowDate(from, "from", errors);
            var toDate = WindowDate(to, "to", errors);
            return errors.Any ? ApiResults.Problem(errors.ToError()) : ApiResults.From(await service.SeriesAsync(access, fromDate, toDate, baseline, ct));
        }).WithSummary("The S-curve: cumulative PV, EV and AC (and CPI, SPI) by week; week = its Monday, values as of its Sunday");

        return app;
    }

    /// <summary>A <c>yyyy-MM-dd</c> query value within the app's window of dates (absent stays null).</summary>
    private static DateOnly? WindowDate(string? text, string field, ValidationErrors errors)
    {
        var date = RequestParsing.Date(text, field, errors);
        InputLimits.Date(field, date, errors);
        return date;
    }

    private static void MapBudgetLines(RouteGroupBuilder lines)
    {
        lines.MapGet("/", async (ProjectAccess access, BudgetLineService service, CancellationToken ct) =>
            ApiResults.From(await service.ListAsync(access, ct))).WithSummary("List the project's budget lines");

        lines.MapPost("/", async (ProjectAccess access, BudgetLineService service, BudgetLineRequest request, CancellationToken ct) =>
            ApiResults.From(await service.CreateAsync(access, request, ct),
                row => TypedResults.Created($"/api/v1/projects/{access.Key}/budget-lines/{row.Id}", row)))
            .Produces<BudgetLineRow>(StatusCodes.Status201Created).WithSummary("Add a budget line (category, capEx/opEx, month yyyy-MM, amount > 0)");

        lines.MapGet("/{id:guid}", async (ProjectAccess access, BudgetLineService service, Guid id, CancellationToken ct) =>
            ApiResults.From(await service.GetAsync(access, id, ct))).WithSummary("Get a budget line");

        lines.MapPut("/{id:guid}", async (ProjectAccess access, BudgetLineService service, Guid id, BudgetLineRequest request, CancellationToken ct) =>
            ApiResults.From(await service.UpdateAsync(access, id, request, ct))).WithSummary("Replace a budget line (send the version you read)");

        lines.MapDelete("/{id:guid}", async (ProjectAccess access, BudgetLineService service, Guid id, CancellationToken ct) =>
            ApiResults.From(await service.DeleteAsync(access, id, ct), _ => TypedResults.NoContent())).Produces(StatusCodes.Status204NoContent).WithSummary("Delete a budget line");
    }

    private static void MapExpenses(RouteGroupBuilder expenses)
    {
        expenses.MapGet("/", async (ProjectAccess access, ExpenseService service, string? from, string? to, string? category, string? kind,
            int? page, int? pageSize, CancellationToken ct) =>
        {
            var errors = new ValidationErrors();
            var query = new ExpenseQuery(RequestParsing.Date(from, "from", errors), RequestParsing.Date(to, "to", errors),
                RequestParsing.Enum<BudgetCategory>(category, "category", errors), RequestParsing.Enum<ExpenseKind>(kind, "kind", errors),
                page ?? 1, pageSize ?? 50);
            if (ApiResults.CheckPaging(page, pageSize) is { } paging)
            {
                return ApiResults.Problem(paging);
            }

            return errors.Any ? ApiResults.Problem(errors.ToError()) : ApiResults.From(await service.ListAsync(access, query, ct));
        }).WithSummary("List expenses (filters from, to, category, kind; paged) with the net amount of all that match");

        expenses.MapPost("/", async (ProjectAccess access, ExpenseService service, ExpenseRequest request, CancellationToken ct) =>
            ApiResults.From(await service.CreateAsync(access, request, ct),
                row => TypedResults.Created($"/api/v1/projects/{access.Key}/expenses/{row.Id}", row)))
            .Produces<ExpenseRow>(StatusCodes.Status201Created).WithSummary("Record an expense or a refund (amount > 0)");

        expenses.MapGet("/{id:guid}", async (ProjectAccess access, ExpenseService service, Guid id, CancellationToken ct) =>
            ApiResults.From(await service.GetAsync(access, id, ct))).WithSummary("Get an expense");

        expenses.MapPut("/{id:guid}", async (ProjectAccess access, ExpenseService service, Guid id, ExpenseRequest request, CancellationToken ct) =>
            ApiResults.From(await service.UpdateAsync(access, id, request, ct))).WithSummary("Replace an expense (send the version you read)");

        expenses.MapDelete("/{id:guid}", async (ProjectAccess access, ExpenseService service, Guid id, CancellationToken ct) =>
            ApiResults.From(await service.DeleteAsync(access, id, ct), _ => TypedResults.NoContent())).Produces(StatusCodes.Status204NoContent).WithSummary("Delete an expense");
    }

    private static void MapExpenseCsv(RouteGroupBuilder expenses)
    {
        expenses.MapGet("/export.csv", async (ProjectAccess access, ExpenseCsvService csv, string? from, string? to, string? category, string? kind, CancellationToken ct) =>
        {
            var errors = new ValidationErrors();
            var query = new ExpenseQuery(RequestParsing.Date(from, "from", errors), RequestParsing.Date(to, "to", errors),
                RequestParsing.Enum<BudgetCategory>(category, "category", errors), RequestParsing.Enum<ExpenseKind>(kind, "kind", errors));
            return errors.Any ? ApiResults.Problem(errors.ToError()) : SafeCsv.File(await csv.ExportAsync(access, query, ct), csv.ExportFileName(access));
        }).Produces<string>(StatusCodes.Status200OK, "text/csv")
            .WithSummary("Expenses as CSV (filters from, to, category, kind): date,amount,category,kind,vendor,reference,workItem,note; formula-like cells neutralised");

        expenses.MapPost("/import", async (ProjectAccess access, ExpenseCsvService csv, HttpRequest request, bool? dryRun, CancellationToken ct) =>
        {
            if (await ExpenseCsvService.ReadTextAsync(request.Body, request.ContentLength, ct) is not { } text)
            {
                return (IResult)TypedResults.Problem(title: "File too large", statusCode: StatusCodes.Status413PayloadTooLarge,
                    detail: $"The CSV body is larger than {ExpenseCsvService.MaxBytes / (1024 * 1024)} MB; import it in parts.");
            }

            using var reader = new StringReader(text);
            var outcome = await csv.ImportAsync(access, reader, dryRun ?? false, ct);
            if (!outcome.Succeeded)
            {
                return TypedResults.ValidationProblem(outcome.ErrorsByKey(), title: "The file has errors; nothing was imported.",
                    extensions: new Dictionary<string, object?> { ["rows"] = outcome.Errors });
            }

            return dryRun == true
                ? TypedResults.Ok(new ExpenseImportPreview(outcome.Count, outcome.NetAmount, outcome.Items))
                : TypedResults.Created($"/api/v1/projects/{access.Key}/expenses", new ExpenseImportSummary(outcome.Count, outcome.NetAmount));
        }).Accepts<string>("text/csv").Produces<ExpenseImportPreview>().Produces<ExpenseImportSummary>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .WithSummary("Import expenses from CSV, all rows or none; an error names {row, column}, row being the spreadsheet row (header = row 1, first data row = row 2); dryRun=true previews")
            .WithDescription("Content-Type: text/csv, the export's header in any case and order (date, amount, category required; kind, vendor, reference, " +
                "workItem, note optional), at most 50,000 rows and 10 MB (413 beyond). Every row is checked as a single create; any error answers 400 with " +
                "every error (errors keyed \"row 3: amount\", and rows: [{row, column, message}]) and saves nothing. dryRun=true answers 200 " +
                "{count, netAmount, items: the first 50 rows as they would be saved}; otherwise 201 {count, netAmount}.");
    }
}
