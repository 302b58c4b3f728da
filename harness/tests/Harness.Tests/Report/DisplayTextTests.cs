using System.Xml;
using Conformance.Harness.Report;
using FsCheck.Xunit;

namespace Conformance.Harness.Tests.Report;

public sealed class DisplayTextTests
{
    [Property(MaxTest = 300)]
    public bool XmlSafeTextIsAlwaysValidXml(string? text)
    {
        var safe = DisplayText.XmlSafe(text ?? "");
        try
        {
            XmlConvert.VerifyXmlChars(safe);
            return true;
        }
        catch (XmlException)
        {
            return false;
        }
    }

    [Property(MaxTest = 300)]
    public bool TruncateKeepsAPrefixAndNeverSplitsASurrogatePair(string? text, byte limit)
    {
        text ??= "";
        var max = limit + 2;
        var (head, omitted) = DisplayText.Truncate(text, max);
        var splitsPair = head.Length > 0 && head.Length < text.Length && char.IsHighSurrogate(head[^1]) && char.IsLowSurrogate(text[head.Length]);
        return text.StartsWith(head, StringComparison.Ordinal) && head.Length + omitted == text.Length && head.Length <= max && !splitsPair;
    }

    [Fact]
    public void TruncateBacksOffBeforeASurrogatePair()
    {
        var (head, omitted) = DisplayText.Truncate("ab\ud83d\ude00cd", 3);
        Assert.Equal("ab", head);
        Assert.Equal(4, omitted);
    }

    [Fact]
    public void HtmlEscapesMarkupAndSpellsOutInvisibleCharacters()
    {
        Assert.Equal("&lt;a href=&quot;x&quot;&gt;&amp;", DisplayText.Html("<a href=\"x\">&"));
        Assert.Equal("a<span class=\"ctl\">\\r</span>\nb\tc", DisplayText.Html("a\r\nb\tc"));
        Assert.Equal("<span class=\"ctl\">\\u200b</span>\ud83d\ude00<span class=\"ctl\">\\udc00</span>", DisplayText.Html("\u200b\ud83d\ude00\udc00"));
    }
}
