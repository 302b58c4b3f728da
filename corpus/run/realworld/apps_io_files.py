# features: [realworld, stdlib-io, stdlib-pathlib, stdlib-tempfile]
# stages: [run]
# flags: [needs-stdlib]
import io, os, os.path, tempfile, pathlib, shutil, glob, fnmatch

s = io.StringIO("line one\nline two\n\nline four")
print(s.readline(), end=""); print(s.read(4)); print(s.readlines()); print(s.tell() > 0)
s = io.StringIO(); s.write("abc"); s.write("déf\n"); print(repr(s.getvalue()), s.tell())
s.seek(0); print(s.read()); print(list(io.StringIO("a\nb\nc")))
b = io.BytesIO(b"\x00\x01binary\xff"); print(b.read(2), b.read(), b.tell()); b.seek(-3, 2); print(b.read())
b = io.BytesIO(); b.write(b"hello "); b.write(bytearray(b"world")); print(b.getvalue(), len(b.getbuffer()))
w = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", newline="\n"); w.write("héllo\nwörld"); w.flush(); print(w.buffer.getvalue())
with tempfile.TemporaryDirectory() as d:
    base = pathlib.Path(d)
    (base / "sub").mkdir()
    (base / "sub" / "deep").mkdir(parents=True)
    files = {"a.txt": "alpha\nbeta\n", "b.py": "print('hi')\n", "sub/c.txt": "gamma", "sub/deep/d.md": "# D"}
    for name, text in files.items():
        (base / name).write_text(text, encoding="utf-8")
    print(sorted(p.relative_to(base).as_posix() for p in base.rglob("*")))
    print(sorted(p.name for p in base.glob("*.txt")), sorted(p.name for p in base.iterdir()))
    p = base / "a.txt"
    print(p.name, p.stem, p.suffix, p.exists(), p.is_file(), p.is_dir(), p.stat().st_size, p.read_text().splitlines())
    with open(p, "a") as f:
        f.write("delta\n")
    with open(p) as f:
        for i, line in enumerate(f, 1):
            print(i, line.rstrip())
    with open(base / "bin.dat", "wb") as f:
        f.write(bytes(range(10)))
    with open(base / "bin.dat", "rb") as f:
        f.seek(5); print(f.read(3), f.tell())
    print(sorted(os.listdir(d)), os.path.getsize(os.path.join(d, "bin.dat")))
    print(sorted(os.path.relpath(x, d) for x in glob.glob(os.path.join(d, "**", "*.txt"), recursive=True)))
    for root, dirs, fs in sorted(os.walk(d)):
        dirs.sort()
        print(os.path.relpath(root, d), sorted(fs))
    shutil.copy(p, base / "copy.txt"); print((base / "copy.txt").read_text() == p.read_text())
    shutil.copytree(base / "sub", base / "sub2"); print(sorted(x.name for x in (base / "sub2").rglob("*")))
    shutil.rmtree(base / "sub2"); print((base / "sub2").exists())
    os.rename(base / "copy.txt", base / "moved.txt"); print(sorted(os.listdir(d)))
    (base / "moved.txt").unlink(); print((base / "moved.txt").exists())
    try:
        open(base / "nope.txt")
    except FileNotFoundError as e:
        print(type(e).__name__, e.errno, e.strerror, os.path.basename(e.filename))
    try:
        (base / "sub").rmdir()
    except OSError as e:
        print(type(e).__name__, e.errno)
    with tempfile.NamedTemporaryFile("w+", dir=d, suffix=".tmp", delete=True) as tf:
        tf.write("temp data"); tf.seek(0); print(tf.read(), tf.name.endswith(".tmp"))
print(fnmatch.fnmatch("data.CSV", "*.csv"), fnmatch.fnmatchcase("data.CSV", "*.csv"), fnmatch.filter(["a.py", "b.txt", "c.py"], "*.py"))
print(fnmatch.translate("*.py[co]"))
pp = pathlib.PurePosixPath("/usr/local/lib/python3.11/site.py")
print(pp.parent, pp.parents[2], pp.parts, pp.with_suffix(".pyc"), pp.with_name("x.txt"), pp.is_absolute(), pp.match("*.py"))
print(pathlib.PurePosixPath("a/b") / "c" / "../d", pathlib.PurePosixPath("a//b/./c"), repr(pathlib.PurePosixPath("x")))
print(os.path.join("a", "b", "/c", "d"), os.path.split("/x/y/z.txt"), os.path.splitext("arch.tar.gz"), os.path.normpath("a/./b/../c//d"))
print(os.path.dirname("/a/b/c"), os.path.basename("/a/b/"), os.path.isabs("rel"), os.path.commonprefix(["/usr/lib", "/usr/local"]))
print(os.sep, os.linesep == "\n", os.path.expanduser("~") != "~", os.fspath(pp))
