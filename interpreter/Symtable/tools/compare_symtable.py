#!/usr/bin/env python3
"""Whole-stdlib identity of the reference symbol table against CPython's own (the _symtable module).

usage: compare_symtable.py [--tool PATH] [PATH...]   (default: the stdlib of this python3, without site-packages)

Builds nothing: run `dotnet build interpreter/Symtable/tools/SymtableTool` first (or pass --tool to the built
pyref-symtable). Both sides print the canonical form of interpreter/Symtable/SymtableDump.cs; this script prints
the identity rate and, for each differing file, its first differing line.
"""
import os, subprocess, sys, sysconfig, tempfile, _symtable

TYPES = {_symtable.TYPE_FUNCTION: "function", _symtable.TYPE_CLASS: "class", _symtable.TYPE_MODULE: "module"}


def block(t, depth, out):
    ind = "  " * depth
    out.append(f"{ind}{TYPES.get(t.type, 'annotation')} {t.name} line={t.lineno} nested={int(bool(t.nested))} "
               f"varnames=[{','.join(t.varnames)}] children={len(t.children)}")
    for name in sorted(t.symbols):
        out.append(f"{ind}  {name} {t.symbols[name]}")
    for c in t.children:
        block(c, depth + 1, out)


def cpython_dump(path):
    with open(path, "rb") as f:
        src = f.read()
    try:
        top = _symtable.symtable(src, path, "exec")
    except (SyntaxError, RecursionError) as e:
        if isinstance(e, SyntaxError):
            return f"ERROR {type(e).__name__} {e.msg} {e.lineno} {e.offset} {e.end_lineno} {e.end_offset}\n"
        return f"ERROR RecursionError {e} None None None None\n"
    out = []
    block(top, 0, out)
    return "\n".join(out) + "\n"


def tool_and_paths(argv):
    """The pyref-symtable binary (--tool PATH, else the newest build) and the paths to check."""
    tool = None
    if argv[:1] == ["--tool"]:
        tool, argv = argv[1], argv[2:]
    root = os.path.dirname(os.path.abspath(__file__))
    if tool is None:
        cands = [os.path.join(dp, "pyref-symtable") for dp, _, fs in os.walk(os.path.join(root, "SymtableTool", "bin"))
                 if "pyref-symtable" in fs]
        if not cands:
            sys.exit("build interpreter/Symtable/tools/SymtableTool first")
        tool = max(cands, key=os.path.getmtime)
    return tool, argv or [sysconfig.get_paths()["stdlib"]]


def py_files(paths):
    """Every .py file under paths (site-packages left out), in a stable order."""
    files = []
    for p in paths:
        if os.path.isdir(p):
            for dp, dns, fs in os.walk(p):
                dns[:] = sorted(d for d in dns if d != "site-packages")
                files += [os.path.join(dp, f) for f in sorted(fs) if f.endswith(".py")]
        else:
            files.append(p)
    return files


def run_tool(tool, files, *flags):
    """pyref-symtable's output for files, split by its "=== PATH" headers: {path: [lines]}."""
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as lf:
        lf.write("\n".join(files) + "\n")
    try:
        text = subprocess.run([tool, *flags, "@" + lf.name], capture_output=True, check=True).stdout.decode("utf-8", "surrogateescape")
    finally:
        os.unlink(lf.name)
    ours, cur = {}, None
    for line in text.splitlines(keepends=True):
        if line.startswith("=== "):
            cur = line[4:].rstrip("\n")
            ours[cur] = []
        else:
            ours[cur].append(line)
    return ours


def main(argv):
    tool, paths = tool_and_paths(argv)
    files = py_files(paths)
    ours = run_tool(tool, files)
    same = 0
    for f in files:
        theirs = cpython_dump(f)
        mine = "".join(ours.get(f, ["<missing>\n"]))
        if theirs == mine:
            same += 1
            continue
        a, b = theirs.splitlines(), mine.splitlines()
        i = next((k for k in range(min(len(a), len(b))) if a[k] != b[k]), min(len(a), len(b)))
        print(f"DIFF {f} line {i + 1}:\n  cpython: {a[i] if i < len(a) else '<end>'}\n  pyref:   {b[i] if i < len(b) else '<end>'}")
    print(f"symtable identical: {same}/{len(files)} ({100.0 * same / max(1, len(files)):.2f}%)")
    return 0 if same == len(files) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
