# features: [realworld, stdlib-re, stdlib-html]
# stages: [run]
# flags: [needs-stdlib]
import re, html

MD = """# Title here

Some *emphasis* and **strong** text with `code & stuff`.

## List

- item one
- item [link](http://example.com/?a=1&b=2)
- item <three>

1. first
2. second

> quoted line
> more quote

```
def f(x):
    return x < 3
```

Plain paragraph
continued line.
"""

def inline(s):
    s = html.escape(s, quote=False)
    s = re.sub(r"`([^`]+)`", r"<code>\1</code>", s)
    s = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", s)
    s = re.sub(r"\*(.+?)\*", r"<em>\1</em>", s)
    s = re.sub(r"\[([^\]]+)\]\(([^)]+)\)", lambda m: f'<a href="{m.group(2)}">{m.group(1)}</a>', s)
    return s

def convert(md):
    out, para, lst, code = [], [], None, None
    def flush():
        nonlocal para, lst
        if para:
            out.append("<p>" + inline(" ".join(para)) + "</p>"); para = []
        if lst:
            out.append(f"</{lst}>"); lst = None
    for line in md.splitlines():
        if code is not None:
            if line.startswith("```"):
                out.append("<pre><code>" + html.escape("\n".join(code)) + "</code></pre>")
                code = None
            else:
                code.append(line)
            continue
        if line.startswith("```"):
            flush(); code = []; continue
        m = re.match(r"(#{1,6})\s+(.*)", line)
        if m:
            flush(); n = len(m.group(1))
            out.append(f"<h{n}>{inline(m.group(2))}</h{n}>"); continue
        m = re.match(r"([-*]|\d+\.)\s+(.*)", line)
        if m:
            kind = "ul" if m.group(1) in "-*" else "ol"
            if para:
                flush()
            if lst != kind:
                if lst: out.append(f"</{lst}>")
                out.append(f"<{kind}>"); lst = kind
            out.append(f"  <li>{inline(m.group(2))}</li>"); continue
        if line.startswith(">"):
            flush(); out.append(f"<blockquote>{inline(line[1:].strip())}</blockquote>"); continue
        if not line.strip():
            flush(); continue
        para.append(line.strip())
    flush()
    return "\n".join(out)

print(convert(MD))
print(html.unescape("&lt;p&gt; &amp;amp; &#39; &#x41; &eacute; &copy;"))
