#!/usr/bin/env python3
"""Whole-stdlib check of the reference AST optimizer against CPython through co_consts.

usage: compare_constants.py [--tool PATH] [PATH...]   (default: the stdlib of this python3, without site-packages)

Run `dotnet build interpreter/Symtable/tools/SymtableTool` first. For each file, every constant that
`pyref-symtable --consts` finds in the optimized tree (interpreter/tests/Compiler.Tests/AstOptimizer/AstConstants.cs)
must be one of CPython's constants for the same source (recursively through code objects, items of constant tuples
and frozensets included). Files where one is missing are listed; those are folding differences or constants
CPython's compiler drops (unreachable code, duplicate set items), to be read one by one.
"""
import json, os, sys, types

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from compare_symtable import tool_and_paths, py_files, run_tool  # noqa: E402


def canon(v):
    if type(v) is tuple:
        return "(" + ", ".join(canon(x) for x in v) + ("," if len(v) == 1 else "") + ")"
    if type(v) is frozenset:
        return "frozenset({" + ", ".join(sorted(canon(x) for x in v)) + "})" if v else "frozenset()"
    return repr(v)


def _add(c, out):
    out.add(canon(c))
    if type(c) in (tuple, frozenset):
        for x in c:
            _add(x, out)


def _walk(co, out):
    for c in co.co_consts:
        if isinstance(c, types.CodeType):
            _walk(c, out)
        else:
            _add(c, out)


def cpython_constants(src, filename="<s>"):
    """Sorted canonical reprs of every constant of compile(src), or ["ERROR msg"]."""
    out = set()
    try:
        _walk(compile(src, filename, "exec"), out)
    except SyntaxError as e:
        return ["ERROR " + str(e.msg)]
    return sorted(out)


def main(argv):
    tool, paths = tool_and_paths(argv)
    files = py_files(paths)
    ours = {f: json.loads("".join(lines)) for f, lines in run_tool(tool, files, "--consts").items()}
    checked = flagged = 0
    for f in files:
        with open(f, "rb") as fh:
            theirs = cpython_constants(fh.read(), f)
        mine = ours.get(f)
        if theirs[:1] and theirs[0].startswith("ERROR ") or mine is None or mine[:1] and mine[0].startswith("ERROR "):
            continue
        checked += 1
        have = set(theirs)
        missing = sorted({c for c in mine if c not in have})
        if missing:
            flagged += 1
            print(f"{f}: not in CPython's co_consts: {' | '.join(missing[:5])}")
    print(f"constants all in CPython's co_consts: {checked - flagged}/{checked} files")
    return 0 if flagged == 0 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
