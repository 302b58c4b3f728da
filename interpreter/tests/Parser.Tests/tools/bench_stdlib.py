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
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    files = stdlib_files()
    sources = [open(f, "rb").read() for f in files]
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as fh:
        fh.write("\n".join(files))
        listfile = fh.name
    # Rounds alternate between the two sides so that load on a shared machine hits both alike;
    # the best round of each side is compared.
    cpython_times, ref_times, peak = [], [], "?"
    for _ in range(args.rounds):
        t0 = time.perf_counter()
        for src in sources:
            try:
                ast.parse(src)
            except Exception:
                pass
        cpython_times.append(time.perf_counter() - t0)
        out = subprocess.run([args.tool, "--bench", "@" + listfile], capture_output=True, text=True, check=True).stdout.strip()
        fields = dict(kv.split("=") for kv in out.split())
        ref_times.append(float(fields["seconds"]))
        peak = fields["peak_working_set_mb"]
    t_cpython, t_ref = min(cpython_times), min(ref_times)
    print(f"files: {len(files)}")
    print(f"cpython ast.parse: {t_cpython:.2f} s (rounds: {', '.join(f'{t:.2f}' for t in cpython_times)})")
    print(f"reference parser:  {t_ref:.2f} s (rounds: {', '.join(f'{t:.2f}' for t in ref_times)}; peak working set {peak} MB)")
    print(f"speed-up: {t_cpython / t_ref:.2f}x")

if __name__ == "__main__":
    main()
