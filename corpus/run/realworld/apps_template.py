# features: [realworld, stdlib-string]
# stages: [run]
# flags: [needs-stdlib]
from string import Template, Formatter, capwords
import string

t = Template("Hello $name, you owe $$${amount} dollars.")
print(t.substitute(name="Ann", amount=12.5))
print(t.safe_substitute(name="Bob"))
try:
    t.substitute(name="x")
except KeyError as e:
    print("KeyError", e)
try:
    Template("bad $ here").substitute()
except ValueError as e:
    print("ValueError", e)
class MyT(Template):
    delimiter = "%"
    idpattern = r"[a-z]+"
print(MyT("%who likes %what").substitute(who="tim", what="ham"))
print(Template("$a$b").get_identifiers() if hasattr(Template, "get_identifiers") else None)
print(Template("$a ${b}").is_valid())
print(list(Formatter().parse("x{0!r:>10} y{name} {{z}}")))
print(Formatter().format("{0}-{k}", 1, k=2))
print(capwords("hello   wORLD  foo"))
print(string.ascii_letters, string.digits, string.punctuation)
print(repr(string.whitespace), string.hexdigits, string.octdigits)

def render(tpl, ctx):
    import re
    def repl(m):
        expr = m.group(1).strip()
        parts = expr.split("|")
        val = ctx
        for key in parts[0].split("."):
            val = val[key] if isinstance(val, dict) else getattr(val, key)
        for f in parts[1:]:
            val = {"upper": str.upper, "title": str.title, "len": len}[f.strip()](val)
        return str(val)
    return re.sub(r"\{\{(.*?)\}\}", repl, tpl)
print(render("{{user.name|upper}} has {{user.items|len}} items; city={{city|title}}",
             {"user": {"name": "zed", "items": [1, 2, 3]}, "city": "new york"}))
