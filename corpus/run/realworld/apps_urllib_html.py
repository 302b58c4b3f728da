# features: [realworld, stdlib-urllib, stdlib-html]
# stages: [run]
# flags: [needs-stdlib]
from urllib.parse import urlparse, urlunparse, urlencode, parse_qs, parse_qsl, quote, unquote, quote_plus, urljoin, urlsplit, urldefrag
from html.parser import HTMLParser
import html

u = urlparse("https://user:pw@example.com:8080/path/to/page.html;params?q=search&lang=en&q=2#frag")
print(u)
print(u.scheme, u.netloc, u.hostname, u.port, u.username, u.password, u.path, u.query, u.fragment)
print(parse_qs(u.query), parse_qsl(u.query), u._replace(fragment="").geturl())
print(urlencode({"name": "John Smith", "age": 30, "tags": ["a", "b"]}), urlencode({"tags": ["a", "b"]}, doseq=True))
print(quote("a b/c?d=é"), quote("a b/c", safe=""), quote_plus("a b&c"), unquote("%E2%82%AC%20x"), unquote("a+b"))
print(urljoin("http://a/b/c/d;p?q", "../g"), urljoin("http://a/b/c/", "/x"), urljoin("http://a/b", "//c/d"))
print(urlsplit("http://[::1]:80/x"), urldefrag("http://x/y#z"), urlunparse(("http", "h", "/p", "", "a=1", "f")))
try:
    urlparse("http://x:abc/").port
except ValueError as e:
    print("ValueError:", e)
class LinkExtractor(HTMLParser):
    def __init__(self):
        super().__init__(); self.links = []; self.text = []; self.depth = 0; self.tags = {}
    def handle_starttag(self, tag, attrs):
        self.tags[tag] = self.tags.get(tag, 0) + 1
        if tag == "a":
            self.links.append(dict(attrs).get("href"))
        print("  " * self.depth + f"<{tag}> {attrs}"); self.depth += 1
    def handle_endtag(self, tag):
        self.depth -= 1; print("  " * self.depth + f"</{tag}>")
    def handle_startendtag(self, tag, attrs):
        print("  " * self.depth + f"<{tag}/> {attrs}")
    def handle_data(self, data):
        if data.strip(): self.text.append(data.strip())
    def handle_comment(self, data):
        print("comment:", repr(data))
    def handle_entityref(self, name):
        print("entity:", name)
    def handle_decl(self, decl):
        print("decl:", decl)
doc = """<!DOCTYPE html><html><head><title>Test &amp; Page</title></head>
<body class="main" id=b1><h1>Header</h1><!-- a comment --><p>Para with <a href="/one">link one</a> and
<a href='http://two.com/?a=1&amp;b=2'>two</a>.<br/><img src="x.png" alt="pic"></p>
<script>if (a < b) { x = "</p>"; }</script></body></html>"""
p = LinkExtractor(); p.feed(doc); p.close()
print(p.links, p.text, sorted(p.tags.items()))
p2 = HTMLParser(convert_charrefs=False)
print(html.escape('<a href="x">&\'</a>'), html.escape("<&>", quote=False), html.unescape("&lt;&#62;&#x26;&nbsp;&notanentity; &amp"))
