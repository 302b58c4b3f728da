#!/usr/bin/env python3
"""Source -> AST over the standard library: CPython's ast.parse vs the reference parser, same files, same run.

    python3 bench_stdlib.py [--tool PATH/pyref-ast]

Prints both times, the ratio, and the reference parser's peak working set.
"""
import argparse, ast, os, subprocess, sys, tempfile, time
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from compare_stdlib import stdlib_files

def main():
    here = os.path.dirname(os.path.abspath(__file__))
    repo = os.path.abspath(os.path.join(here, "../../../.."))
    ap = argparse.ArgumentParser()
    ap.add_argument("--tool", default=os.path.join(repo, "interpreter/Parser/tools/AstTool/bin/Release/net10.0/pyref-ast"))
    args = ap.parse_args()
    files = stdlib_files()
    sources = [open(f, "rb").read() for f in files]
    t0 = time.perf_counter()
    for src in sources:
        try:
            ast.parse(src)
        except Exception:
            pass
    t_cpython = time.perf_counter() - t0
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as fh:
        fh.write("\n".join(files))
        listfile = fh.name
    out = subprocess.run([args.tool, "--bench", "@" + listfile], capture_output=True, text=True, check=True).stdout.strip()
    fields = dict(kv.split("=") for kv in out.split())
    t_ref = float(fields["seconds"])
    print(f"files: {len(files)}")
    print(f"cpython ast.parse: {t_cpython:.2f} s")
    print(f"reference parser:  {t_ref:.2f} s  (peak working set {fields['peak_working_set_mb']} MB)")
    print(f"speed-up: {t_cpython / t_ref:.2f}x")

if __name__ == "__main__":
    main()
