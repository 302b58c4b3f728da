"""The CPython side of the harness: a long-lived worker speaking JSON lines.

Started by the harness (through CliWrap) as `PYTHON oracle_worker.py`; runs under any CPython
(3.8+), so the same worker serves as the oracle and as an implementation under test
(`--impl /path/to/python3.12`).

Protocol (one JSON object per line, both ways; responses come in request order):
  -> {"op": "hello"}
  <- {"ok": true, "implementation": "cpython", "version": "3.11.7", "target": "3.11",
      "executable": "...", "stdlib": "..."}
  -> {"op": "analyze", "id": 7, "path": "/abs/case.py", "filename": "case.py",
      "stages": ["tokens", "ast", "dis"]}
  <- {"id": 7, "stages": {"tokens": {...}, "ast": {...}, "dis": {...}}}
  -> {"op": "bench", "stages": ["tokens", "ast", "dis", "run"], "clock": "wall" | "cpu",
      "files": [{"path": "/abs/case.py", "filename": "case.py", "stages": ["tokens", "run"]}]}
  <- {"stages": {"tokens": {"seconds": 0.12, "wall": 0.12, "files": 1, "failures": 0}, ...}}
  -> {"op": "quit"}

Each stage result has "seconds" (time in the stage's own work, not in rendering the artifact)
and either the artifact or "error": {"type", "message", "lineno", "offset", "end_lineno",
"end_offset", "text"}. The canonical forms are those of shared/DESIGN.md; the C# side of the
harness builds the same forms from the reference interpreter, so change both together
(harness/Harness/Artifacts/).

The run stage is not here: the harness starts `PYTHON FILE` itself, so that both sides run
the case as a real script in a fresh process.
"""

import ast
import dis
import io
import json
import os
import re
import sys
import sysconfig
import time
import tokenize
import types
import warnings

# The protocol owns the real stdout; anything a stage prints by accident goes to stderr.
_protocol_out = os.fdopen(os.dup(sys.stdout.fileno()), "w", encoding="utf-8", newline="\n")
sys.stdout = sys.stderr

# Deep ASTs are legal input; the default limit would turn them into spurious RecursionErrors
# in ast.dump and in our own tree walk (not in CPython's parser, whose limits are in C).
sys.setrecursionlimit(20000)

_ADDRESS = re.compile(r"0x[0-9a-fA-F]+")

# co_* attributes compared by the dis stage. co_lnotab is derived from co_linetable (and
# deprecated), so comparing it again would only repeat the linetable's verdict.
_CODE_ATTRS_SKIPPED = {"co_lnotab"}


def _error(exc):
    err = {"type": type(exc).__name__, "message": str(exc)}
    if isinstance(exc, SyntaxError):
        err.update(
            message=exc.msg,
            lineno=exc.lineno,
            offset=exc.offset,
            end_lineno=getattr(exc, "end_lineno", None),
            end_offset=getattr(exc, "end_offset", None),
            text=exc.text,
        )
    elif isinstance(exc, tokenize.TokenError):
        # TokenError(msg, (line, col))
        if len(exc.args) >= 2 and isinstance(exc.args[1], tuple):
            err.update(message=exc.args[0], lineno=exc.args[1][0], offset=exc.args[1][1])
    return err


def stage_tokens(source):
    """`python -m tokenize -e FILE`: tokenize.tokenize over the bytes (ENCODING first).

    Lines are interned into a table because one physical line is shared by all its tokens:
    a 10 MB line must not be sent once per token.
    """
    lines, line_index, tokens = [], {}, []
    start = time.perf_counter()
    error = None
    try:
        for tok in tokenize.tokenize(io.BytesIO(source).readline):
            index = line_index.get(tok.line)
            if index is None:
                index = line_index[tok.line] = len(lines)
                lines.append(tok.line)
            tokens.append([tokenize.tok_name[tok.exact_type], tok.string,
                           tok.start[0], tok.start[1], tok.end[0], tok.end[1], index])
    except (Exception, RecursionError, MemoryError) as exc:  # noqa: B014 - explicit for readers
        error = _error(exc)
    seconds = time.perf_counter() - start
    result = {"seconds": seconds, "tokens": tokens, "lines": lines}
    if error:
        result["error"] = error
    return result


def stage_ast(source, filename):
    start = time.perf_counter()
    try:
        tree = compile(source, filename, "exec", ast.PyCF_ONLY_AST)
    except (Exception, RecursionError, MemoryError) as exc:
        return {"seconds": time.perf_counter() - start, "error": _error(exc)}
    seconds = time.perf_counter() - start
    try:
        # Only the dump is sent: the harness reads it back into a tree when two dumps differ.
        return {"seconds": seconds, "dump": ast.dump(tree, include_attributes=True)}
    except (Exception, RecursionError, MemoryError) as exc:
        return {"seconds": seconds, "error": _error(exc)}


def _code_objects(code, path):
    yield path, code
    for const in code.co_consts:
        if isinstance(const, types.CodeType):
            yield from _code_objects(const, path + "/" + const.co_qualname
                                     if hasattr(const, "co_qualname") else path + "/" + const.co_name)


def _attr_text(value):
    if isinstance(value, bytes):
        return value.hex()
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return _ADDRESS.sub("0xADDR", repr(value))


def _code_attrs(code):
    attrs = {}
    for name in dir(code):
        if not name.startswith("co_") or name in _CODE_ATTRS_SKIPPED:
            continue
        value = getattr(code, name)
        if callable(value):
            continue
        attrs[name] = _attr_text(value)
    return attrs


def stage_dis(source, filename):
    start = time.perf_counter()
    try:
        code = compile(source, filename, "exec", dont_inherit=True)
    except (Exception, RecursionError, MemoryError) as exc:
        return {"seconds": time.perf_counter() - start, "error": _error(exc)}
    seconds = time.perf_counter() - start
    try:
        text = io.StringIO()
        dis.dis(code, file=text)
        root = getattr(code, "co_qualname", code.co_name)
        objects = [{"path": path, "attrs": _code_attrs(co)} for path, co in _code_objects(code, root)]
        return {"seconds": seconds, "text": _ADDRESS.sub("0xADDR", text.getvalue()), "code_objects": objects}
    except (Exception, RecursionError, MemoryError) as exc:
        return {"seconds": seconds, "error": _error(exc)}


def analyze(request):
    with open(request["path"], "rb") as f:
        source = f.read()
    filename = request.get("filename") or request["path"]
    stages = {}
    for stage in request.get("stages", ()):
        if stage == "tokens":
            stages[stage] = stage_tokens(source)
        elif stage == "ast":
            stages[stage] = stage_ast(source, filename)
        elif stage == "dis":
            stages[stage] = stage_dis(source, filename)
        else:
            stages[stage] = {"seconds": 0.0, "unsupported": True}
    return {"id": request.get("id"), "stages": stages}


# The bench's inputs, read and (for the run stage) compiled once, outside every timed region.
_bench_sources = {}
_bench_code = {}


def _bench_source(path):
    source = _bench_sources.get(path)
    if source is None:
        with open(path, "rb") as f:
            source = _bench_sources[path] = f.read()
    return source


class _NullWriter(io.StringIO):
    """A stdout that keeps nothing: the run stage times the program, not the growth of a buffer."""

    def write(self, text):
        return len(text)


def _bench_clock(request):
    """The clock the bench samples: wall time, or this thread's CPU time ("cpu"), which a loaded
    machine inflates far less (time waiting for a core is not counted)."""
    return time.thread_time if request.get("clock") == "cpu" else time.perf_counter


def _bench_run(path, filename, clock):
    code = _bench_code.get(path)
    if code is None:
        code = _bench_code[path] = compile(_bench_source(path), filename, "exec", dont_inherit=True)
    namespace = {"__name__": "__main__", "__file__": path, "__builtins__": __builtins__}
    saved_out, saved_argv = sys.stdout, sys.argv
    sys.stdout, sys.argv = _NullWriter(), [path]
    failed = False
    start, wall = clock(), time.perf_counter()
    try:
        exec(code, namespace)
    except SystemExit as exc:
        failed = exc.code not in (None, 0)
    except (Exception, RecursionError, MemoryError):  # noqa: B014
        failed = True
    seconds, wall = clock() - start, time.perf_counter() - wall
    sys.stdout, sys.argv = saved_out, saved_argv
    return seconds, wall, failed


def _bench_static(stage, source, filename, clock):
    start, wall = clock(), time.perf_counter()
    try:
        if stage == "tokens":
            for _ in tokenize.tokenize(io.BytesIO(source).readline):
                pass
        elif stage == "ast":
            compile(source, filename, "exec", ast.PyCF_ONLY_AST, dont_inherit=True)
        else:
            compile(source, filename, "exec", dont_inherit=True)
        failed = False
    except (Exception, RecursionError, MemoryError):  # noqa: B014
        failed = True
    return clock() - start, time.perf_counter() - wall, failed


def bench(request):
    """One timed pass of the bench (harness/Harness/Bench/): per stage, the seconds summed over the
    files that take it, each file timed on its own so reading, compiling for `run` and this loop
    stay outside. Stage by stage, as the reference side does, so both sides run the same order.
    The run stage executes the module's code object as __main__ in this process, stdout discarded."""
    result = {}
    clock = _bench_clock(request)
    for stage in request.get("stages", ()):
        total, total_wall, files, failures = 0.0, 0.0, 0, 0
        for entry in request.get("files", ()):
            if stage not in entry.get("stages", ()):
                continue
            filename = entry.get("filename") or entry["path"]
            if stage == "run":
                seconds, wall, failed = _bench_run(entry["path"], filename, clock)
            else:
                seconds, wall, failed = _bench_static(stage, _bench_source(entry["path"]), filename, clock)
            total += seconds
            total_wall += wall
            files += 1
            failures += failed
        result[stage] = {"seconds": total, "wall": total_wall, "files": files, "failures": failures}
    return {"stages": result}


def hello():
    return {
        "ok": True,
        "implementation": sys.implementation.name,
        "version": "%d.%d.%d" % sys.version_info[:3],
        "target": "%d.%d" % sys.version_info[:2],
        "executable": sys.executable,
        "stdlib": sysconfig.get_paths()["stdlib"],
    }


def main():
    warnings.simplefilter("ignore")  # SyntaxWarnings from compile() are not an artifact (yet)
    for line in sys.stdin:
        if not line.strip():
            continue
        request = json.loads(line)
        op = request.get("op")
        if op == "quit":
            break
        try:
            if op == "hello":
                response = hello()
            elif op == "analyze":
                response = analyze(request)
            elif op == "bench":
                response = bench(request)
            else:
                response = {"id": request.get("id"), "fatal": "unknown op %r" % op}
        except (Exception, RecursionError, MemoryError) as exc:
            response = {"id": request.get("id"), "fatal": "%s: %s" % (type(exc).__name__, exc)}
        _protocol_out.write(json.dumps(response, ensure_ascii=True) + "\n")
        _protocol_out.flush()


if __name__ == "__main__":
    main()
