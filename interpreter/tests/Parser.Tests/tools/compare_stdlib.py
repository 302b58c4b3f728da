#!/usr/bin/env python3
"""Compares the reference parser with CPython's ast.parse over the standard library.

    python3 compare_stdlib.py [--tool PATH/pyref-ast] [--limit N] [--out report.txt]

For every .py file of the running CPython's stdlib (site-packages excluded) it compares
ast.dump(ast.parse(source), include_attributes=True) -- or the SyntaxError's
(type, msg, lineno, offset, end_lineno, end_offset) -- with what the reference parser
produces (pyref-ast --many), prints the identical rate, and lists every differing file
with its first difference. Also times both sides (source -> AST, same files).
"""
import argparse, ast, os, subprocess, sys, sysconfig, tempfile, time

def stdlib_files():
    root = sysconfig.get_paths()["stdlib"]
    out = []
    for d, dirs, files in os.walk(root):
        dirs[:] = sorted(x for x in dirs if x not in ("site-packages", "__pycache__"))
        for f in sorted(files):
            if f.endswith(".py"):
                out.append(os.path.join(d, f))
    return out

def cpython_dump(path):
    with open(path, "rb") as fh:
        src = fh.read()
    try:
        return ast.dump(ast.parse(src), include_attributes=True)
    except SyntaxError as e:
        return f"ERROR {type(e).__name__}: {e.msg} {e.lineno} {e.offset} {e.end_lineno} {e.end_offset}"
    except (RecursionError, MemoryError, ValueError) as e:
        return f"ERROR {type(e).__name__}: {e}"

def first_difference(a, b):
    i = 0
    n = min(len(a), len(b))
    while i < n and a[i] == b[i]:
        i += 1
    lo = max(0, i - 150)
    return f"at char {i}:\n    cpython: ...{b[lo:i+120]!r}\n    pyref:   ...{a[lo:i+120]!r}"

def main():
    here = os.path.dirname(os.path.abspath(__file__))
    repo = os.path.abspath(os.path.join(here, "../../../.."))
    default_tool = os.path.join(repo, "interpreter/Parser/tools/AstTool/bin/Release/net10.0/pyref-ast")
    ap = argparse.ArgumentParser()
    ap.add_argument("--tool", default=default_tool)
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--out", default=None)
    ap.add_argument("paths", nargs="*", help="files or folders to use instead of the stdlib (e.g. corpus/syntax-errors)")
    args = ap.parse_args()
    if args.paths:
        files = []
        for p in args.paths:
            if os.path.isdir(p):
                for d, _, fs in os.walk(p):
                    files += [os.path.join(d, f) for f in sorted(fs) if f.endswith(".py")]
            else:
                files.append(p)
        files.sort()
    else:
        files = stdlib_files()
    if args.limit:
        files = files[: args.limit]
    tmp = tempfile.mkdtemp(prefix="pyref-ast-")
    listfile = os.path.join(tmp, "files.txt")
    with open(listfile, "w") as fh:
        fh.write("\n".join(files))
    t0 = time.perf_counter()
    subprocess.run([args.tool, "--many", tmp, listfile], check=True)
    t_tool = time.perf_counter() - t0
    # CPython side: time source -> AST only (ast.parse), then dump separately.
    t0 = time.perf_counter()
    for f in files:
        with open(f, "rb") as fh:
            src = fh.read()
        try:
            ast.parse(src)
        except Exception:
            pass
    t_cpy = time.perf_counter() - t0
    same = 0
    diffs = []
    for i, f in enumerate(files):
        mine = open(os.path.join(tmp, f"{i}.txt"), encoding="utf-8", errors="surrogateescape").read()
        theirs = cpython_dump(f)
        if mine == theirs:
            same += 1
        else:
            diffs.append((f, first_difference(mine, theirs)))
    lines = [f"identical: {same}/{len(files)} = {100.0 * same / len(files):.2f}%",
             f"cpython ast.parse seconds (parse only): {t_cpy:.2f}; pyref-ast --many wall seconds (parse+dump+write, 2 threads): {t_tool:.2f}"]
    for f, d in diffs:
        lines.append(f"DIFF {f}\n  {d}")
    text = "\n".join(lines)
    print(text)
    if args.out:
        with open(args.out, "w") as fh:
            fh.write(text + "\n")

if __name__ == "__main__":
    main()
