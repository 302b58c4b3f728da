"""Oracle side of the compiler corpus check. For each source path read from stdin (line i), write to OUTDIR:
  i.dis    dis.dis of compile(source, path, 'exec', dont_inherit=True) (0x addresses normalized)
  i.attrs  the co_* dump of every nested code object (the format of interpreter/Dis CodeObjectAttributes.Format)
  i.pyc    what py_compile writes (timestamp .pyc with the file's mtime and size)
  i.err    instead of the above when compile() raises: "Kind: msg (lineno, offset)"
and finally OUTDIR/time.txt: the seconds compile() took over all files (source bytes already in memory)."""
import dis, importlib._bootstrap_external as be, io, os, re, sys, time, types

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
total = 0.0
for index, line in enumerate(sys.stdin):
    path = line.rstrip("\n")
    with open(path, "rb") as f:
        data = f.read()
    st = os.stat(path)
    base = os.path.join(outdir, str(index))
    try:
        t0 = time.perf_counter()
        code = compile(data, path, "exec", dont_inherit=True)
        total += time.perf_counter() - t0
    except (SyntaxError, ValueError) as e:
        with open(base + ".err", "w", encoding="utf-8", errors="surrogatepass") as out:
            out.write(f"{type(e).__name__}: {getattr(e, 'msg', str(e))} ({getattr(e, 'lineno', None)}, {getattr(e, 'offset', None)})")
        continue
    buf = io.StringIO()
    dis.dis(code, file=buf)
    with open(base + ".dis", "w", encoding="utf-8", errors="surrogatepass") as out:
        out.write(addr.sub("0xADDR", buf.getvalue()))
    attrs = []
    walk(code, None, attrs)
    with open(base + ".attrs", "w", encoding="utf-8", errors="surrogatepass") as out:
        out.write("".join(attrs))
    with open(base + ".pyc", "wb") as out:
        out.write(be._code_to_timestamp_pyc(code, int(st.st_mtime), st.st_size))
with open(os.path.join(outdir, "time.txt"), "w") as out:
    out.write(repr(total))
