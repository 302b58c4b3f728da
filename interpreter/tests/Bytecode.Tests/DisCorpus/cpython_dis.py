"""Oracle side of the dis corpus check: for each .pyc path read from stdin, write what CPython's
dis.dis prints for its marshalled code object to OUTDIR/<index>.txt (addresses normalized)."""
import dis, io, marshal, os, re, sys

outdir = sys.argv[1]
addr = re.compile(r"0x[0-9a-f]+")
for index, line in enumerate(sys.stdin):
    path = line.rstrip("\n")
    with open(path, "rb") as f:
        f.read(16)
        code = marshal.loads(f.read())
    buf = io.StringIO()
    dis.dis(code, file=buf)
    with open(os.path.join(outdir, f"{index}.txt"), "w", encoding="utf-8", errors="surrogatepass") as out:
        out.write(addr.sub("0xADDR", buf.getvalue()))
