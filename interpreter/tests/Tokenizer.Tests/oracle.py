#!/usr/bin/env python3
"""Test oracle: CPython's view of each file given on the command line, as one JSON object on stdout.

For each file: "module" = what `python3 -m tokenize -e FILE` writes (stdout, first stderr line, exit code);
"ast" = the SyntaxError ast.parse(bytes) raises (type, msg, lineno, offset, end_lineno, end_offset, text) or null;
"ctokens" = tokenize._generate_tokens_from_c_tokenizer over the UTF-8 text (type, string, start, end) or an error.
"""
import ast, contextlib, io, json, sys, tokenize, warnings


def module_view(path):
    out, err = io.StringIO(), io.StringIO()
    argv, rc = sys.argv, 0
    sys.argv = ["tokenize", "-e", path]
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
    lines = err.getvalue().splitlines()
    return {"stdout": out.getvalue(), "stderr": lines[0] if lines else "", "rc": rc}


def ast_view(data):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            ast.parse(data)
            return None
        except SyntaxError as e:
            n = lambda v: -1 if v is None else v
            return [type(e).__name__, e.msg, n(e.lineno), n(e.offset), n(e.end_lineno), n(e.end_offset), e.text]
        except Exception as e:
            return ["Other", str(e), -1, -1, -1, -1, None]


def c_tokens(data):
    try:
        src = data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    out = []
    warnings.simplefilter("ignore")
    try:
        for t in tokenize._generate_tokens_from_c_tokenizer(src):
            out.append([t.type, t.string, t.start[0], t.start[1], t.end[0], t.end[1]])
    except SyntaxError as e:
        return {"error": e.msg, "tokens": out}
    except Exception as e:  # the iterator lets some tokenizer states escape as other exceptions
        return {"error": f"{type(e).__name__}: {e}", "tokens": out}
    return {"error": None, "tokens": out}


result = {}
for path in sys.argv[1:]:
    data = open(path, "rb").read()
    result[path] = {"module": module_view(path), "ast": ast_view(data), "ctokens": c_tokens(data)}
json.dump(result, sys.stdout)
