"""Oracle side of the co_* attribute check: for each .pyc path on stdin, write the canonical attribute dump
(CodeObjectAttributes.Format: `path\tkey\tvalue` lines, depth-first in co_consts order) to OUTDIR/<index>.txt."""
import marshal, os, re, sys, types

KEYS = ["co_argcount", "co_cellvars", "co_code", "co_consts", "co_exceptiontable", "co_filename",
        "co_firstlineno", "co_flags", "co_freevars", "co_kwonlyargcount", "co_linetable", "co_name", "co_names",
        "co_nlocals", "co_posonlyargcount", "co_qualname", "co_stacksize", "co_varnames"]
addr = re.compile(r"0x[0-9a-f]+")

def value(code, key):
    v = getattr(code, key)
    if isinstance(v, int):
        return str(v)
    if isinstance(v, bytes):
        return v.hex()
    return addr.sub("0xADDR", repr(v))

def walk(code, parent, out):
    path = code.co_qualname if parent is None else parent + "/" + code.co_qualname
    for key in KEYS:
        out.append(f"{path}\t{key}\t{value(code, key)}\n")
    for c in code.co_consts:
        if isinstance(c, types.CodeType):
            walk(c, path, out)

outdir = sys.argv[1]
for index, line in enumerate(sys.stdin):
    with open(line.rstrip("\n"), "rb") as f:
        f.read(16)
        code = marshal.loads(f.read())
    out = []
    walk(code, None, out)
    with open(os.path.join(outdir, f"{index}.txt"), "w", encoding="utf-8", errors="surrogatepass") as f:
        f.write("".join(out))
