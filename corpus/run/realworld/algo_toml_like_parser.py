# features: [parsing, strings, realworld]
# stages: [run]
# flags: [needs-stdlib]
# A tomli-like parser for a TOML subset (tables, arrays, strings, numbers, booleans, dates) with errors.
import re
from datetime import date

DOC = '''
# service configuration
title = "Demo \\"app\\""
version = 3
ratio = 0.75
enabled = true
released = 2023-04-01
ports = [ 8000, 8001, 8002 ]
hosts = ["alpha", "omega"]

[database]
server = "192.168.1.1"
connection_max = 5_000
nested = { user = "admin", retries = 3 }

[servers.alpha]
ip = "10.0.0.1"
dc = 'eqdc10'
'''


class TOMLDecodeError(ValueError):
    pass


VALUE_RE = re.compile(r'''\s*(?:(?P<str>"(?:[^"\\]|\\.)*")|(?P<lit>'[^']*')|(?P<date>\d{4}-\d{2}-\d{2})|(?P<float>[+-]?\d[\d_]*\.\d+)|(?P<int>[+-]?\d[\d_]*)|(?P<bool>true|false))''')


def parse_value(text, pos, lineno):
    text = text.strip()
    if text.startswith("["):
        inner = text[1:-1].strip()
        return [parse_value(part, pos, lineno) for part in split_top(inner)] if inner else []
    if text.startswith("{"):
        out = {}
        for part in split_top(text[1:-1]):
            k, _, v = part.partition("=")
            out[k.strip()] = parse_value(v, pos, lineno)
        return out
    m = VALUE_RE.fullmatch(text)
    if not m:
        raise TOMLDecodeError(f"Invalid value {text!r} (at line {lineno})")
    kind = m.lastgroup
    s = m.group(kind)
    if kind == "str":
        return s[1:-1].encode().decode("unicode_escape")
    if kind == "lit":
        return s[1:-1]
    if kind == "date":
        return date.fromisoformat(s)
    if kind == "float":
        return float(s.replace("_", ""))
    if kind == "int":
        return int(s.replace("_", ""))
    return s == "true"


def split_top(s):
    parts, depth, cur, quote = [], 0, [], None
    for ch in s:
        if quote:
            cur.append(ch)
            if ch == quote:
                quote = None
            continue
        if ch in "\"'":
            quote = ch
        elif ch in "[{":
            depth += 1
        elif ch in "]}":
            depth -= 1
        elif ch == "," and depth == 0:
            parts.append("".join(cur))
            cur = []
            continue
        cur.append(ch)
    if "".join(cur).strip():
        parts.append("".join(cur))
    return parts


def loads(doc):
    root = {}
    table = root
    for lineno, line in enumerate(doc.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("["):
            if not line.endswith("]"):
                raise TOMLDecodeError(f"Unclosed table header (at line {lineno})")
            table = root
            for key in line[1:-1].split("."):
                table = table.setdefault(key.strip(), {})
            continue
        key, eq, value = line.partition("=")
        if not eq:
            raise TOMLDecodeError(f"Expected '=' after a key (at line {lineno})")
        key = key.strip()
        if key in table:
            raise TOMLDecodeError(f"Cannot overwrite a value (at line {lineno})")
        table[key] = parse_value(value, 0, lineno)
    return root


cfg = loads(DOC)
for k, v in cfg.items():
    print(f"{k:10} {type(v).__name__:6} {v!r}")
print(cfg["servers"]["alpha"]["dc"], cfg["database"]["nested"]["retries"] + 1)
for bad in ("a = 1\na = 2", "[tbl\nx=1", "key value", "x = @"):
    try:
        loads(bad)
    except TOMLDecodeError as e:
        print("TOMLDecodeError:", e)
