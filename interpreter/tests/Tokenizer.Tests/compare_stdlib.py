#!/usr/bin/env python3
"""Compares `pyref -m tokenize -e FILE` with `python3 -m tokenize -e FILE`, byte for byte (stdout, stderr, exit code).

usage: compare_stdlib.py [--pyref CMD] [--exact|--plain] [--stderr-lines N] [PATH...]
With no PATH: every .py file of this python3's standard library (without site-packages).
CMD defaults to the stand-alone tokcli build (Release). Prints the identical count and, for each
differing file, its first difference. The CPython side runs in-process (tokenize.main's logic, same output).
"""
import argparse, io, os, subprocess, sys, sysconfig, tempfile, tokenize, contextlib

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT = ["dotnet", os.path.join(HERE, "tokcli", "bin", "Release", "net10.0", "tokcli.dll")]


def cpython(path, exact):
    """What `python3 -m tokenize [-e] path` writes: (stdout, stderr-first-line, rc)."""
    out, err = io.StringIO(), io.StringIO()
    argv = sys.argv
    sys.argv = ["tokenize"] + (["-e"] if exact else []) + [path]
    rc = 0
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                tokenize.main()
            except SystemExit as e:
                rc = e.code or 0
            except Exception:
                rc = 1
    finally:
        sys.argv = argv
    return out.getvalue(), err.getvalue(), rc


def files_of(paths):
    for p in paths:
        if os.path.isdir(p):
            for root, dirs, names in os.walk(p):
                dirs[:] = sorted(d for d in dirs if d != "site-packages")
                for n in sorted(names):
                    if n.endswith(".py"):
                        yield os.path.join(root, n)
        else:
            yield p


def first_diff(a, b):
    al, bl = a.splitlines(), b.splitlines()
    for i, (x, y) in enumerate(zip(al, bl)):
        if x != y:
            return f"line {i+1}:\n      cpython: {x!r}\n      pyref:   {y!r}"
    if len(al) != len(bl):
        i = min(len(al), len(bl))
        return f"line {i+1}: cpython has {len(al)} lines, pyref {len(bl)}: " + repr((al[i:i+1], bl[i:i+1]))
    return "(whitespace/newline difference)"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--pyref", default=None, help="command running `pyref -m tokenize` (args appended)")
    ap.add_argument("--plain", action="store_true", help="compare without -e")
    ap.add_argument("--stderr-lines", type=int, default=1,
                    help="compare only the first N stderr lines (CPython's traceback names its own paths)")
    ap.add_argument("--show", type=int, default=50)
    ap.add_argument("paths", nargs="*")
    a = ap.parse_args()
    paths = a.paths or [sysconfig.get_paths()["stdlib"]]
    files = list(files_of(paths))
    exact = not a.plain
    with tempfile.TemporaryDirectory() as tmp:
        if a.pyref:
            cmd = a.pyref.split()
            outs = []
            for f in files:
                r = subprocess.run(cmd + (["-e"] if exact else []) + [f], capture_output=True)
                outs.append((r.stdout.decode("utf-8", "surrogateescape"), r.stderr.decode("utf-8", "surrogateescape"), r.returncode))
        else:
            # one process for all files: write the list in chunks to keep the command line short
            outs = []
            chunk = 400
            for s in range(0, len(files), chunk):
                part = files[s:s + chunk]
                subprocess.run(DEFAULT + ["--many"] + (["-e"] if exact else []) + [tmp] + part, check=True)
                for n in range(len(part)):
                    rd = lambda ext: open(os.path.join(tmp, f"{n}.{ext}"), encoding="utf-8", errors="surrogateescape").read()
                    outs.append((rd("out"), rd("err"), int(rd("rc"))))
        same, diffs = 0, []
        for f, (po, pe, prc) in zip(files, outs):
            co, ce, crc = cpython(f, exact)
            n = a.stderr_lines
            if co == po and ce.splitlines()[:n] == pe.splitlines()[:n] and crc == prc:
                same += 1
            else:
                if co != po:
                    d = "stdout " + first_diff(co, po)
                elif crc != prc:
                    d = f"exit code cpython {crc} pyref {prc}"
                else:
                    d = "stderr " + first_diff(ce, pe)
                diffs.append((f, d))
    total = len(files)
    print(f"identical: {same}/{total} = {100.0 * same / max(total, 1):.3f}%")
    for f, d in diffs[:a.show]:
        print(f"  DIFF {f}: {d}")
    return 0 if not diffs else 1


if __name__ == "__main__":
    sys.exit(main())
