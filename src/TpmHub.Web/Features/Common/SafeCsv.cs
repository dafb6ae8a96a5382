using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace TpmHub.Web.Features.Common;

/// <summary>
/// CSV files the API hands to spreadsheets, written with CsvHelper with injection escaping on: a cell beginning with
/// = + - @ (or a tab or carriage return) is prefixed with an apostrophe, so a spreadsheet shows it as text and never runs it
/// as a formula. <see cref="Unescape"/> undoes exactly that on import, so an exported file imports back unchanged.
/// </summary>
public static class SafeCsv
{
    private static readonly CsvConfiguration WriteConfiguration = new(CultureInfo.InvariantCulture) { InjectionOptions = InjectionOptions.Escape };

    /// <summary>A writer whose every field is neutralised against formula injection.</summary>
    public static CsvWriter Writer(TextWriter text) => new(text, WriteConfiguration);

    /// <summary>A cell as it was before <see cref="Writer"/> escaped it: the apostrophe before a formula character is dropped.</summary>
    public static string Unescape(string cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        return cell.Length >= 2 && cell[0] == WriteConfiguration.InjectionEscapeCharacter && WriteConfiguration.InjectionCharacters.Contains(cell[1])
            ? cell[1..]
            : cell;
    }

    /// <summary>The answer for a CSV download: UTF-8 with a byte-order mark (so spreadsheets read accents right), as an attachment.</summary>
    public static IResult File(string csv, string fileName) =>
        TypedResults.File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv)).ToArray(), "text/csv", fileName);
}
