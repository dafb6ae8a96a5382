using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using TpmHub.Core.Budget;
using TpmHub.Web.Data;
using TpmHub.Web.Features.Access;
using TpmHub.Web.Features.Audit;
using TpmHub.Web.Features.Common;

namespace TpmHub.Web.Features.Budget;

/// <summary>
/// Expenses as a CSV file, out and in. The export neutralises formula cells (<see cref="SafeCsv"/>); the import reads a file
/// with the export's header, validates every row as a single create would, and saves all rows in one transaction or none.
/// </summary>
public sealed class ExpenseCsvService(IDbContextFactory<TpmHubDbContext> dbFactory, TimeProvider time)
{
    /// <summary>The largest file accepted (10 MB).</summary>
    public const long MaxBytes = 10 * 1024 * 1024;

    /// <summary>The most data rows one file may hold.</summary>
    public const int MaxRows = 50_000;

    /// <summary>How many rows a dry run shows.</summary>
    public const int PreviewRows = 50;

    /// <summary>The columns, in the export's order; the import takes them in any order and case.</summary>
    public static readonly IReadOnlyList<string> Columns = ["date", "amount", "category", "kind", "vendor", "reference", "workItem", "note"];

    private static readonly string[] Required = ["date", "amount", "category"];

    private DateOnly Today => DateOnly.FromDateTime(time.GetLocalNow().DateTime);

    /// <summary>A download name like <c>CLD-expenses-2026-11-30.csv</c>.</summary>
    public string ExportFileName(ProjectAccess project)
    {
        ArgumentNullException.ThrowIfNull(project);
        return $"{project.Key}-expenses-{Today:yyyy-MM-dd}.csv";
    }

    /// <summary>The expenses the filters select (paging ignored), oldest first, as CSV.</summary>
    public async Task<string> ExportAsync(ProjectAccess project, ExpenseQuery query, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(query);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var ordered = ExpenseService.Filter(db, project.Id, query).OrderBy(e => e.Date).ThenBy(e => e.CreatedAt).ThenBy(e => e.Id);
        return Write(await ExpenseService.Rows(db, ordered).ToListAsync(ct));
    }

    public static string Write(IEnumerable<ExpenseRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = SafeCsv.Writer(text))
        {
            foreach (var column in Columns)
            {
                csv.WriteField(column);
            }

            csv.NextRecord();
            foreach (var row in rows)
            {
                csv.WriteField(row.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                csv.WriteField(row.Amount.ToString("0.00", CultureInfo.InvariantCulture));
                csv.WriteField(EnumText.ToApi(row.Category));
                csv.WriteField(EnumText.ToApi(row.Kind));
                csv.WriteField(row.Vendor);
                csv.WriteField(row.Reference);
                csv.WriteField(row.WorkItem ?? "");
                csv.WriteField(row.Note);
                csv.NextRecord();
            }
        }

        return text.ToString();
    }

    /// <summary>
    /// Reads a file and, unless <paramref name="dryRun"/>, saves every row in one transaction. Any error (malformed CSV, a
    /// field a single create would refuse, a work item not of this project) means nothing is saved; every error is reported.
    /// </summary>
    public async Task<ExpenseImportOutcome> ImportAsync(ProjectAccess project, TextReader text, bool dryRun, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(text);
        var read = Read(text, Today);
        if (read.Fatal)
        {
            return ExpenseImportOutcome.Failed(read.Errors);
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var workItems = await ExpenseService.WorkItemIdsAsync(db, project, read.Rows.Select(r => r.Draft.WorkItemKey), ct);
        var errors = read.Errors.ToList();
        foreach (var (row, draft) in read.Rows)
        {
            if (ExpenseService.Unknown(draft, workItems) is { Fields: { } fields })
            {
                errors.AddRange(fields.SelectMany(f => f.Value.Select(m => new ExpenseCsvError(row, f.Key, m))));
            }
        }

        if (errors.Count > 0)
        {
            return ExpenseImportOutcome.Failed(errors.OrderBy(e => e.Row).ThenBy(e => e.Column is null ? -1 : IndexOf(e.Column)).ToList());
        }

        var net = read.Rows.Sum(r => Expense.CostEffect(r.Draft.Kind, r.Draft.Amount));
        var items = read.Rows.Take(PreviewRows).Select(r => new ExpenseImportItem(r.Row, r.Draft.Date, r.Draft.Amount, r.Draft.Category, r.Draft.Kind,
            r.Draft.Vendor, r.Draft.Reference, r.Draft.WorkItemKey, r.Draft.Note)).ToList();
        if (!dryRun && read.Rows.Count > 0)
        {
            var now = time.GetUtcNow();
            await CopyAsync(db, project, read.Rows.Select(r => ExpenseService.New(project, r.Draft, workItems, now)).ToList(), now, ct);
        }

        return new ExpenseImportOutcome([], read.Rows.Count, net, items, Saved: !dryRun);
    }

    /// <summary>
    /// Inserts the expenses and their audit entries (as the audit interceptor writes them for a tracked insert) with two
    /// binary COPYs in one transaction: a tracked SaveChanges of 10,000 rows and their 10,000 audit rows takes seconds.
    /// </summary>
    private static async Task CopyAsync(TpmHubDbContext db, ProjectAccess project, IReadOnlyList<Expense> expenses, DateTimeOffset now, CancellationToken ct)
    {
        var type = db.Model.FindEntityType(typeof(Expense))!;
        await db.Database.OpenConnectionAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await using (var writer = await connection.BeginBinaryImportAsync(
            "COPY expenses (id, project_id, date, amount, category, kind, vendor, reference, work_item_id, note, created_at) FROM STDIN (FORMAT BINARY)", ct))
        {
            foreach (var e in expenses)
            {
                await writer.StartRowAsync(ct);
                await writer.WriteAsync(e.Id, NpgsqlDbType.Uuid, ct);
                await writer.WriteAsync(e.ProjectId, NpgsqlDbType.Uuid, ct);
                await writer.WriteAsync(e.Date, NpgsqlDbType.Date, ct);
                await writer.WriteAsync(e.Amount, NpgsqlDbType.Numeric, ct);
                await writer.WriteAsync(e.Category.ToString(), NpgsqlDbType.Varchar, ct);
                await writer.WriteAsync(e.Kind.ToString(), NpgsqlDbType.Varchar, ct);
                await writer.WriteAsync(e.Vendor, NpgsqlDbType.Varchar, ct);
                await writer.WriteAsync(e.Reference, NpgsqlDbType.Varchar, ct);
                if (e.WorkItemId is { } item)
                {
                    await writer.WriteAsync(item, NpgsqlDbType.Uuid, ct);
                }
                else
                {
                    await writer.WriteNullAsync(ct);
                }

                await writer.WriteAsync(e.Note, NpgsqlDbType.Varchar, ct);
                await writer.WriteAsync(e.CreatedAt, NpgsqlDbType.TimestampTz, ct);
            }

            await writer.CompleteAsync(ct);
        }

        await using (var writer = await connection.BeginBinaryImportAsync(
            "COPY audit_entries (project_id, entity_type, entity_id, action, user_id, user_name, at, changes) FROM STDIN (FORMAT BINARY)", ct))
        {
            foreach (var e in expenses)
            {
                var audit = AuditInterceptor.Inserted(type, e, BudgetFeature.DescribeExpense(e), project.User, now);
                await writer.StartRowAsync(ct);
                await writer.WriteAsync(audit.ProjectId!.Value, NpgsqlDbType.Uuid, ct);
                await writer.WriteAsync(audit.EntityType, NpgsqlDbType.Varchar, ct);
                await writer.WriteAsync(audit.EntityId, NpgsqlDbType.Varchar, ct);
                await writer.WriteAsync(audit.Action, NpgsqlDbType.Varchar, ct);
                await writer.WriteAsync(audit.UserId, NpgsqlDbType.Text, ct);
                await writer.WriteAsync(audit.UserName, NpgsqlDbType.Varchar, ct);
                await writer.WriteAsync(audit.At, NpgsqlDbType.TimestampTz, ct);
                await writer.WriteAsync(AuditEntryConfiguration.ChangesJson(audit.Changes), NpgsqlDbType.Jsonb, ct);
            }

            await writer.CompleteAsync(ct);
        }

        await tx.CommitAsync(ct);
    }

    /// <summary>
    /// A request body as text (UTF-8, a byte-order mark dropped), or null when it is larger than <see cref="MaxBytes"/>;
    /// stops reading as soon as it is, whatever Content-Length claimed.
    /// </summary>
    public static async Task<string?> ReadTextAsync(Stream body, long? declaredLength, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (declaredLength > MaxBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81_920];
        int read;
        while ((read = await body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        buffer.Position = 0;
        using var reader = new StreamReader(buffer, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return await reader.ReadToEndAsync(ct);
    }

    /// <summary>The rows of a file that parsed and validated, and the errors of those that did not (row numbers as a spreadsheet's).</summary>
    internal sealed record ReadResult(IReadOnlyList<(int Row, ExpenseDraft Draft)> Rows, IReadOnlyList<ExpenseCsvError> Errors, bool Fatal);

    /// <summary>Parses and validates a file without the database (work items are checked by the caller).</summary>
    internal static ReadResult Read(TextReader text, DateOnly today)
    {
        var rows = new List<(int Row, ExpenseDraft Draft)>();
        var errors = new List<ExpenseCsvError>();
        var badData = false;
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            // Blank lines are rows a spreadsheet numbers too; they are skipped here, not dropped by the parser.
            IgnoreBlankLines = false,
            BadDataFound = _ => badData = true,
        };
        using var parser = new CsvParser(text, config);
        string?[] header = [];
        var row = 0;
        var dataRows = 0;
        while (parser.Read())
        {
            row++;
            var record = parser.Record ?? [];
            var malformed = badData || Unclosed(parser.RawRecord);
            badData = false;
            if (row == 1)
            {
                if (malformed)
                {
                    errors.Add(new ExpenseCsvError(1, null, "The header row is not valid CSV (a quote opened and never closed, or a stray quote)."));
                    return new ReadResult(rows, errors, Fatal: true);
                }

                header = Header(record, errors);
                if (errors.Count > 0)
                {
                    return new ReadResult(rows, errors, Fatal: true);
                }

                continue;
            }

            if (!malformed && record.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            if (++dataRows > MaxRows)
            {
                errors.Add(new ExpenseCsvError(row, null, $"The file has more than {MaxRows:N0} rows; import it in parts of at most {MaxRows:N0}."));
                return new ReadResult(rows, errors, Fatal: true);
            }

            if (malformed)
            {
                errors.Add(new ExpenseCsvError(row, null,
                    $"Row {row} is not valid CSV: a quoted cell must be closed, and a quote inside a quoted cell is written twice (\"\")."));
                continue;
            }

            if (record.Length != header.Length)
            {
                errors.Add(new ExpenseCsvError(row, null, $"Row {row} has {record.Length} cells; the header has {header.Length}."));
                continue;
            }

            string? Cell(string column)
            {
                var index = Array.IndexOf(header, column);
                return index < 0 ? null : SafeCsv.Unescape(record[index]);
            }

            var amountText = Cell("amount")?.Trim();
            decimal? amount = null;
            var amountUnreadable = false;
            if (!string.IsNullOrEmpty(amountText))
            {
                if (decimal.TryParse(amountText, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
                {
                    amount = value;
                }
                else
                {
                    amountUnreadable = true;
                }
            }

            var request = new ExpenseRequest(Cell("date")?.Trim(), amount, Cell("category")?.Trim(), Cell("kind")?.Trim(), Cell("vendor"), Cell("reference"),
                Cell("workItem")?.Trim(), Cell("note"), null);
            var draft = request.ToDraft(today, requireVersion: false);
            var fields = new Dictionary<string, string[]>(draft.Error?.Fields ?? new Dictionary<string, string[]>(), StringComparer.Ordinal);
            if (amountUnreadable)
            {
                fields["amount"] = [$"'{amountText}' is not an amount; write it like 1234.50 (a point for decimals, no thousands separators)."];
            }

            if (fields.Count > 0)
            {
                errors.AddRange(fields.OrderBy(f => IndexOf(f.Key)).SelectMany(f => f.Value.Select(m => new ExpenseCsvError(row, f.Key, m))));
                continue;
            }

            rows.Add((row, draft.Value!));
        }

        if (row == 0)
        {
            errors.Add(new ExpenseCsvError(1, null, $"The file is empty; its first row must be the header: {string.Join(",", Columns)}."));
            return new ReadResult(rows, errors, Fatal: true);
        }

        if (dataRows == 0)
        {
            errors.Add(new ExpenseCsvError(2, null, "The file has a header but no rows to import."));
            return new ReadResult(rows, errors, Fatal: true);
        }

        return new ReadResult(rows, errors, Fatal: false);
    }

    /// <summary>The header's columns in their canonical spelling (null for one that is not known), with an error for each problem.</summary>
    private static string?[] Header(string[] record, List<ExpenseCsvError> errors)
    {
        var header = new string?[record.Length];
        for (var i = 0; i < record.Length; i++)
        {
            var name = record[i].Trim().TrimStart('\uFEFF');
            var column = Columns.FirstOrDefault(c => string.Equals(c, name, StringComparison.OrdinalIgnoreCase));
            if (name.Length == 0)
            {
                errors.Add(new ExpenseCsvError(1, null, $"Header cell {i + 1} is empty; every column needs a name ({string.Join(",", Columns)})."));
            }
            else if (column is null)
            {
                errors.Add(new ExpenseCsvError(1, name, $"'{name}' is not a column; the columns are {string.Join(",", Columns)}."));
            }
            else if (header.Contains(column))
            {
                errors.Add(new ExpenseCsvError(1, column, $"The column {column} appears twice."));
            }

            header[i] = column;
        }

        foreach (var missing in Required.Where(r => !header.Contains(r)))
        {
            errors.Add(new ExpenseCsvError(1, missing, $"The header has no {missing} column; it is required (the header is {string.Join(",", Columns)})."));
        }

        return header;
    }

    /// <summary>
    /// Whether a record ends inside a quoted cell: the parser then runs to the end of the file and reports nothing, so an odd
    /// number of quotes in the raw text is the sign (a closed cell and each doubled quote inside one add an even number).
    /// </summary>
    private static bool Unclosed(string? raw) => raw is not null && raw.Count(c => c == '"') % 2 == 1;

    private static int IndexOf(string column)
    {
        for (var i = 0; i < Columns.Count; i++)
        {
            if (string.Equals(Columns[i], column, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return Columns.Count;
    }
}
