#!/usr/bin/env python3
"""Compares the reference tokenizer's parser view with CPython's C tokenizer
(tokenize._generate_tokens_from_c_tokenizer, i.e. _tokenize.TokenizerIter of 3.11) over files.

usage: compare_parser_view.py [PATH...]   (default: the stdlib of this python3, without site-packages)
Token type, string, start and end (byte columns) are compared; errors by message, line and offset.
"""
import os, subprocess, sys, sysconfig, tempfile, tokenize

HERE = os.path.dirname(os.path.abspath(__file__))
TOKCLI = ["dotnet", os.path.join(HERE, "tokcli", "bin", "Release", "net10.0", "tokcli.dll")]


SILENT = ("unexpected EOF while parsing", "unexpected character after line continuation character",
          "unindent does not match", "inconsistent use of tabs", "too many levels of indentation")


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


def cpython(path):
    try:
        src = open(path, encoding="utf-8", newline="").read()  # keep \r\n: the tokenizer translates it
    except (UnicodeDecodeError, SyntaxError):
        return "SKIP\n"
    out = []
    try:
        for t in tokenize._generate_tokens_from_c_tokenizer(src):
            out.append(f"{t.type} {t.string!r} {t.start[0]},{t.start[1]} {t.end[0]},{t.end[1]}\n")
    except SyntaxError as e:
        out.append(f"ERROR {e.msg} {e.lineno} {e.offset}\n")
    except ValueError:
        return "SKIP\n"  # the iterator refuses NUL characters before tokenizing
    return "".join(out)


def main():
    files = list(files_of(sys.argv[1:] or [sysconfig.get_paths()["stdlib"]]))
    same, skipped, diffs = 0, 0, []
    with tempfile.TemporaryDirectory() as tmp:
        outs = []
        for s in range(0, len(files), 400):
            part = files[s:s + 400]
            subprocess.run(TOKCLI + ["--cmany", tmp] + part, check=True)
            outs += [open(os.path.join(tmp, f"{n}.out"), encoding="utf-8", errors="surrogateescape").read() for n in range(len(part))]
    for f, mine in zip(files, outs):
        theirs = cpython(f)
        if theirs == "SKIP\n":
            skipped += 1
            continue
        if theirs == mine:
            same += 1
            continue
        a, b = theirs.splitlines(), mine.splitlines()
        # The 3.11 iterator stops silently on the errors pegen itself reports (E_EOF, E_DEDENT, E_TABSPACE,
        # E_TOODEEP, E_LINECONT): the same token list ending there, then our error, is a match.
        if len(b) == len(a) + 1 and b[:-1] == a and b[-1].startswith("ERROR") and (b[-1][6:].startswith(SILENT) or " was never closed " in b[-1]):
            same += 1
            continue
        i = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
        diffs.append((f, i + 1, a[i] if i < len(a) else None, b[i] if i < len(b) else None))
    n = len(files) - skipped
    print(f"parser view identical: {same}/{n} = {100.0 * same / max(n, 1):.3f}% ({skipped} files skipped: not UTF-8 or NUL)")
    for f, i, x, y in diffs[:40]:
        print(f"  DIFF {f} token {i}:\n      cpython: {x}\n      pyref:   {y}")
    return 0 if not diffs else 1


if __name__ == "__main__":
    sys.exit(main())
