using System.Globalization;
using System.Text;

namespace Conformance.Harness.Report;

/// <summary>
/// Makes arbitrary text (excerpts of Python source and output: any Unicode, control characters,
/// lone surrogates, megabyte lines) safe and legible in HTML and XML, and short enough to display.
/// </summary>
internal static class DisplayText
{
    public const int DefaultDisplayLimit = 2000;

    /// <summary>
    /// The first <paramref name="limit"/> UTF-16 units, never splitting a surrogate pair,
    /// and how many characters were cut.
    /// </summary>
    public static (string Text, int Omitted) Truncate(string text, int limit = DefaultDisplayLimit)
    {
        if (text.Length <= limit) return (text, 0);
        var cut = limit;
        if (char.IsHighSurrogate(text[cut - 1]) && char.IsLowSurrogate(text[cut])) cut--;
        return (text[..cut], text.Length - cut);
    }

    /// <summary>
    /// HTML-escaped text where invisible characters become visible escapes (\x00, \r, \u200b, lone
    /// surrogates): in a conformance diff a stray \r or NUL is often the whole difference.
    /// Newlines and tabs stay as they are (the text is shown in a pre block).
    /// </summary>
    public static string Html(string text)
    {
        var html = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                html.Append(c).Append(text[++i]);
                continue;
            }
            switch (c)
            {
                case '&': html.Append("&amp;"); break;
                case '<': html.Append("&lt;"); break;
                case '>': html.Append("&gt;"); break;
                case '"': html.Append("&quot;"); break;
                case '\'': html.Append("&#39;"); break;
                case '\n' or '\t': html.Append(c); break;
                default:
                    if (NeedsVisibleEscape(c)) html.Append("<span class=\"ctl\">").Append(Escape(c)).Append("</span>");
                    else html.Append(c);
                    break;
            }
        }
        return html.ToString();
    }

    /// <summary>
    /// Text that XML 1.0 accepts: characters it forbids (most C0 controls, lone surrogates, U+FFFE/U+FFFF)
    /// become visible escapes instead of making the whole JUnit file unreadable.
    /// </summary>
    public static string XmlSafe(string text)
    {
        StringBuilder? safe = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                safe?.Append(c).Append(text[i + 1]);
                i++;
                continue;
            }
            var allowed = c is '\t' or '\n' or '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
            if (allowed)
            {
                safe?.Append(c);
                continue;
            }
            safe ??= new StringBuilder(text, 0, i, text.Length + 16);
            safe.Append(Escape(c));
        }
        return safe?.ToString() ?? text;
    }

    /// <summary>Text for an HTML attribute value (a title, an alt text): escaped, invisible characters spelled out, no markup.</summary>
    public static string Attribute(string text) => System.Net.WebUtility.HtmlEncode(XmlSafe(text));

    /// <summary>The first line of a text, shortened: for one-line messages (JUnit's message attribute, the console).</summary>
    public static string OneLine(string text, int limit = 160)
    {
        var newline = text.IndexOfAny(['\n', '\r']);
        var line = newline < 0 ? text : text[..newline] + " ...";
        var (head, omitted) = Truncate(line, limit);
        return omitted > 0 ? head + " ..." : head;
    }

    private static bool NeedsVisibleEscape(char c) =>
        char.IsSurrogate(c) // only lone ones reach here
        || c is '\uFEFF' or '\u00AD'
        || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.Format
            or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
        || c is '\uFFFE' or '\uFFFF';

    private static string Escape(char c) => c switch
    {
        '\r' => "\\r",
        '\0' => "\\x00",
        < '\u0100' => $"\\x{(int)c:x2}",
        _ => $"\\u{(int)c:x4}",
    };
}
