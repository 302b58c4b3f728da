"""Oracle side of the compiler corpus check. For each source path read from stdin (line i), write to OUTDIR:
  i.dis    dis.dis of compile(source, path, 'exec', dont_inherit=True) (0x addresses normalized)
  i.attrs  the co_* dump of every nested code object (the format of interpreter/Dis CodeObjectAttributes.Format)
  i.pyc    what py_compile writes (timestamp .pyc with the file's mtime and size)
  i.err    instead of the above when compile() raises: "Kind: msg (lineno, offset)"
and finally OUTDIR/time.txt: the seconds compile() took over all files (source bytes already in memory)."""
import dis, importlib._bootstrap_external as be, io, os, sys, time
from code_attrs import ADDRESS as addr, walk

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
    attrs = walk(code)
    with open(base + ".attrs", "w", encoding="utf-8", errors="surrogatepass") as out:
        out.write("".join(attrs))
    with open(base + ".pyc", "wb") as out:
        out.write(be._code_to_timestamp_pyc(code, int(st.st_mtime), st.st_size))
with open(os.path.join(outdir, "time.txt"), "w") as out:
    out.write(repr(total))
