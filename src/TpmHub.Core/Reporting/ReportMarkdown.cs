using System.Globalization;
using System.Text;

namespace TpmHub.Core.Reporting;

/// <summary>Small helpers the section writers share: user text made safe to inline in Markdown, and dates as ISO text.</summary>
public static class ReportMarkdown
{
    /// <summary>
    /// User text (a title, a mitigation) on one line, with the characters Markdown would act on escaped, so a title like
    /// "# *urgent*" stays text and cannot break the list it sits in.
    /// </summary>
    public static string Inline(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        var sb = new StringBuilder(text.Length + 8);
        var lastWasSpace = false;
        foreach (var ch in text.Trim())
        {
            if (char.IsWhiteSpace(ch))
            {
                if (!lastWasSpace)
                {
                    sb.Append(' ');
                }

                lastWasSpace = true;
                continue;
            }

            lastWasSpace = false;
            if (ch is '\\' or '`' or '*' or '_' or '[' or ']' or '#' or '|' or '<' or '>' or '~')
            {
                sb.Append('\\');
            }

            sb.Append(ch);
        }

        return sb.ToString();
    }

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>"**CLD-R6** Circuit late" — a key in bold and its escaped title.</summary>
    public static string Item(string key, string title) => $"**{Inline(key)}** {Inline(title)}";
}
