#!/usr/bin/env python3
"""Compares the parser view's errors with the SyntaxError CPython's ast.parse raises, for each file's bytes.

usage: compare_parser_errors.py [PATH...]   (default: corpus/tokens)
A file counts when either side reports a tokenizer error: CPython's message must then be one the
tokenizer raises (not the parser's "invalid syntax" family), and kind, msg, lineno, offset, end_lineno,
end_offset and text must agree.
"""
import ast, os, subprocess, sys, warnings

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
TOKCLI = ["dotnet", os.path.join(HERE, "tokcli", "bin", "Release", "net10.0", "tokcli.dll")]
TOKENIZER_MESSAGES = (
    "invalid ", "unterminated ", "unmatched ", "closing parenthesis", "too many nested parentheses",
    "leading zeros", "unindent does not match", "inconsistent use of tabs", "too many levels of indentation",
    "unexpected character after line continuation", "unexpected EOF while parsing", "was never closed",
    "(unicode error) 'utf-8'", "unknown encoding", "encoding problem", "source code string cannot contain null bytes",
)
PARSER_ONLY = ("invalid syntax", "invalid syntax. ")


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
    data = open(path, "rb").read()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            ast.parse(data)
            return None
        except SyntaxError as e:
            text = "None" if e.text is None else repr(e.text)
            none = lambda v: -1 if v is None else v
            return (type(e).__name__, e.msg, none(e.lineno), none(e.offset), none(e.end_lineno), none(e.end_offset), text)
        except (ValueError, RecursionError, MemoryError) as e:
            return ("Other", str(e))


def main():
    files = list(files_of(sys.argv[1:] or [os.path.join(ROOT, "corpus", "tokens")]))
    out = subprocess.run(TOKCLI + ["--perr"] + files, capture_output=True, text=True, check=True).stdout.splitlines()
    mine = {}
    for line in out:
        parts = line.split("\t")
        mine[parts[0]] = None if parts[1] == "OK" else (parts[1], parts[2], *map(int, parts[3:7]), parts[7])
    checked = same = 0
    for f in files:
        c, m = cpython(f), mine.get(f)
        tokenizer_error = c is not None and c[0] != "Other" and c[1].startswith(TOKENIZER_MESSAGES) and not c[1].startswith(PARSER_ONLY)
        if not tokenizer_error and m is None:
            continue
        if m is None and c[1].startswith("(unicode error)"):
            # a string literal's bytes failing to decode: the parser decodes literals, not the tokenizer
            continue
        checked += 1
        if c is not None and m is not None and c[0] == m[0] and tuple(c[1:]) == tuple(m[1:]):
            same += 1
        else:
            print(f"  DIFF {os.path.relpath(f, ROOT)}\n      cpython: {c}\n      pyref:   {m}")
    print(f"tokenizer errors identical: {same}/{checked} (of {len(files)} files)")
    return 0 if same == checked else 1


if __name__ == "__main__":
    sys.exit(main())
