"""The CPython side of the harness: a long-lived worker speaking JSON lines.

Started by the harness (through CliWrap) as `PYTHON oracle_worker.py`; runs under any CPython
(3.8+), so the same worker serves as the oracle and as an implementation under test
(`--impl /path/to/python3.12`).

Protocol (one JSON object per line, both ways; responses come in request order):
  -> {"op": "hello"}
  <- {"ok": true, "implementation": "cpython", "version": "3.11.7", "target": "3.11",
      "executable": "...", "stdlib": "..."}
  -> {"op": "analyze", "id": 7, "path": "/abs/case.py", "filename": "case.py",
      "stages": ["tokens", "ast", "dis"], "clock": "wall" | "cpu"}
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
the case as a real script in a fresh process. The fuzzer, which runs hundreds of small programs
a second, may instead ask for a forked run (POSIX only), which skips the interpreter's start-up:
  -> {"op": "run", "id": 8, "path": "/abs/prog.py", "timeout": 10, "memory": 4294967296}
  <- {"id": 8, "seconds": 0.004, "exit_code": 0, "timed_out": false,
      "stdout": {"head": BASE64, "length": N, "sha256": HEX}, "stderr": {...}}
The child is what `PYTHON FILE` would be at its first line: fresh __main__, sys.argv, sys.path[0],
std streams as a non-tty run has them (stdin an empty pipe), default warning filters, the default
recursion limit counted from the program's own frame, in a fresh temporary folder, with an alarm for
the timeout and an address-space cap; it ends through the interpreter's real finalization (threads
joined, atexit, __main__ torn down, std streams flushed), as `PYTHON FILE` ends. The corpus's run stage
uses it too (harness run; --process-run starts `PYTHON FILE` instead).
DEVIATION(harness): the program's module frame has the worker's frames below it (sys._getframe(1) at
module level is not None, traceback.print_stack() shows them), sys.getrecursionlimit and
sys.setrecursionlimit are Python wrappers that hide the worker's depth (gc.freeze, gc.unfreeze and
gc.get_freeze_count likewise hide the worker's frozen objects), stdout and stderr are files,
not pipes (seekable), and sys.modules holds the worker's imports. Finalization is Py_FinalizeEx's
steps that a program can see, not the whole of it (a real one costs ~20 ms of CPU in a fork): modules
the program imported are not torn down, so their objects' __del__ does not run at exit.
"""

import ast
import base64
import builtins
import dis
import hashlib
import io
import json
import os
import re
import shutil
import signal
import sys
import tempfile
import sysconfig
import time
import tokenize
import types
import warnings

# The protocol owns the real stdout; anything a stage prints by accident goes to stderr.
_protocol_out = os.fdopen(os.dup(sys.stdout.fileno()), "w", encoding="utf-8", newline="\n")
sys.stdout = sys.stderr

# The filters a fresh interpreter starts with, restored in forked runs (main() ignores warnings).
_DEFAULT_WARNING_FILTERS = list(warnings.filters)
_ORIGINAL_SYS_PATH = list(sys.path)
_OUTPUT_CAP = 8 * 1024 * 1024
# The encoding and error handlers this interpreter chose for its std streams from the locale and
# flags it was started with: the same a `python3 FILE` under the same environment chooses.
_STDIO = {name: (getattr(sys, "__%s__" % name).encoding, getattr(sys, "__%s__" % name).errors)
          for name in ("stdin", "stdout", "stderr")}

# Deep ASTs are legal input; the default limit would turn them into spurious RecursionErrors
# in ast.dump and in our own tree walk (not in CPython's parser, whose limits are in C).
sys.setrecursionlimit(20000)

# Addresses as CPython prints them (lower-case hex). The reference side masks the same pattern, in the dis text
# (ReferenceArtifacts.DisAddress) and in the co_* reprs (interpreter/Dis/CodeObjectAttributes.cs).
_ADDRESS = re.compile(r"0x[0-9a-f]+")

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


def stage_tokens(source, clock=time.perf_counter):
    """`python -m tokenize -e FILE`: tokenize.tokenize over the bytes (ENCODING first).

    Only tokenize.tokenize is timed (its TokenInfo tuples kept in a list, as the reference side keeps
    its tokens); turning them into the artifact afterwards is not, on either side.
    Lines are interned into a table because one physical line is shared by all its tokens:
    a 10 MB line must not be sent once per token.
    """
    produced = []
    append = produced.append
    error = None
    start = clock()
    try:
        for tok in tokenize.tokenize(io.BytesIO(source).readline):
            append(tok)
    except (Exception, RecursionError, MemoryError) as exc:  # noqa: B014 - explicit for readers
        error = _error(exc)
    seconds = clock() - start
    lines, line_index, tokens = [], {}, []
    tok_name = tokenize.tok_name
    for tok in produced:
        index = line_index.get(tok.line)
        if index is None:
            index = line_index[tok.line] = len(lines)
            lines.append(tok.line)
        tokens.append([tok_name[tok.exact_type], tok.string,
                       tok.start[0], tok.start[1], tok.end[0], tok.end[1], index])
    result = {"seconds": seconds, "tokens": tokens, "lines": lines}
    if error:
        result["error"] = error
    return result


def stage_ast(source, filename, clock=time.perf_counter):
    start = clock()
    try:
        tree = compile(source, filename, "exec", ast.PyCF_ONLY_AST)
    except (Exception, RecursionError, MemoryError) as exc:
        return {"seconds": clock() - start, "error": _error(exc)}
    seconds = clock() - start
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


def stage_dis(source, filename, clock=time.perf_counter):
    start = clock()
    try:
        code = compile(source, filename, "exec", dont_inherit=True)
    except (Exception, RecursionError, MemoryError) as exc:
        return {"seconds": clock() - start, "error": _error(exc)}
    seconds = clock() - start
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
    # "clock": "cpu" times each stage with this thread's CPU clock, as the reference side does then.
    clock = _bench_clock(request)
    stages = {}
    for stage in request.get("stages", ()):
        if stage == "tokens":
            stages[stage] = stage_tokens(source, clock)
        elif stage == "ast":
            stages[stage] = stage_ast(source, filename, clock)
        elif stage == "dis":
            stages[stage] = stage_dis(source, filename, clock)
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

def _captured(fd):
    size = os.fstat(fd).st_size
    digest = hashlib.sha256()
    head = b""
    os.lseek(fd, 0, os.SEEK_SET)
    with open(fd, "rb", closefd=False) as f:
        while True:
            chunk = f.read(1 << 20)
            if not chunk:
                break
            if len(head) < _OUTPUT_CAP:
                head += chunk[:_OUTPUT_CAP - len(head)]
            digest.update(chunk)
    return {"head": base64.b64encode(head).decode("ascii"), "length": size, "sha256": digest.hexdigest()}


def _hide_worker_depth(offset):
    """python3 FILE runs the module at recursion depth 1; here the worker's frames (and exec) lie below
    it. The real limit is raised by their number and sys's accessors show the limit a fresh run has."""
    real_get, real_set = sys.getrecursionlimit, sys.setrecursionlimit

    def getrecursionlimit():
        return real_get() - offset

    def setrecursionlimit(new_limit, /):
        import operator
        new_limit = operator.index(new_limit)
        if new_limit < 1:
            raise ValueError("recursion limit must be greater or equal than 1")
        try:
            real_set(new_limit + offset)
        except RecursionError as exc:
            depth = int(re.search(r"depth (\d+)", str(exc)).group(1)) - offset
            raise RecursionError("cannot set the recursion limit to %d at the recursion depth %d: the limit is too low"
                                 % (new_limit, depth)) from None

    for wrapper, real in ((getrecursionlimit, real_get), (setrecursionlimit, real_set)):
        wrapper.__module__, wrapper.__doc__ = "sys", real.__doc__
    sys.getrecursionlimit, sys.setrecursionlimit = getrecursionlimit, setrecursionlimit
    real_set(1000 + offset)


def _hide_worker_frozen():
    """The worker froze its own objects before forking (copy-on-write, and the child's collections skip
    them); a fresh python3 has none frozen, so the count a program sees leaves the worker's out.
    Counting walks every frozen object (gc_list_size: ~1 ms, a fifth of a run), so it is done only once
    the program itself freezes: until then the program has frozen nothing and the count is 0.
    (gc.unfreeze() instead would make every child's final collection walk the worker's heap: 8 ms a run.)"""
    import gc
    real_freeze, real_unfreeze, real_count = gc.freeze, gc.unfreeze, gc.get_freeze_count
    worker = [None]  # the worker's frozen objects, counted when first needed

    def freeze():
        if worker[0] is None:
            worker[0] = real_count()
        real_freeze()

    def unfreeze():
        real_unfreeze()
        worker[0] = 0  # the worker's objects are back in the oldest generation too

    def get_freeze_count():
        return 0 if worker[0] is None else max(0, real_count() - worker[0])

    for wrapper, real in ((freeze, real_freeze), (unfreeze, real_unfreeze), (get_freeze_count, real_count)):
        wrapper.__module__, wrapper.__doc__ = "gc", real.__doc__
    gc.freeze, gc.unfreeze, gc.get_freeze_count = freeze, unfreeze, get_freeze_count


def _flush_std_files():
    """Python/pylifecycle.c flush_std_files: a failed flush is reported as unraisable; -1 makes exit code 120."""
    status = 0
    for name in ("stdout", "stderr"):
        stream = getattr(sys, name, None)
        if stream is None or getattr(stream, "closed", False):
            continue
        try:
            stream.flush()
        except Exception as exc:  # noqa: BLE001 - as the C code, whatever the stream raises
            if name == "stdout":
                sys.unraisablehook(types.SimpleNamespace(exc_type=type(exc), exc_value=exc, exc_traceback=exc.__traceback__,
                                                         err_msg=None, object=stream))
            status = -1
    return status


def _finalize(main):
    """The steps of Python/pylifecycle.c Py_FinalizeEx that a program sees, in their order: non-daemon
    threads joined (wait_for_thread_shutdown), atexit callbacks, std streams flushed, a collection,
    then __main__ removed from sys.modules and freed (finalize_modules), so the __del__ of its globals
    runs, and the streams flushed again. Returns Py_FinalizeEx's status."""
    threading = sys.modules.get("threading")
    if threading is not None:
        threading._shutdown()
    import atexit
    atexit._run_exitfuncs()
    status = _flush_std_files()
    import gc
    gc.collect()
    sys.modules["__main__"] = None
    main_dict = main.__dict__
    del main
    # _PyModule_ClearDict: names starting with one underscore first, then the others (not __builtins__).
    for key in [k for k in main_dict if isinstance(k, str) and k.startswith("_") and not k.startswith("__")]:
        main_dict[key] = None
    for key in [k for k in main_dict if k != "__builtins__"]:
        main_dict[key] = None
    main_dict = None
    gc.collect()
    if _flush_std_files() < 0:
        status = -1
    return status


_COOKIE = re.compile(rb"^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)")
_BLANK_OR_COMMENT = re.compile(rb"^[ \t\f]*(?:[#\r\n]|$)")


def _utf8_length(data, i):
    """Parser/tokenizer.c valid_utf8: the length of the sequence at i, 0 if its bytes cannot start one (lax, as the C)."""
    lead = data[i]
    if lead < 0x80:
        return 1
    if lead < 0xC0 or lead >= 0xF8:
        return 0
    expected = 1 if lead < 0xE0 else 2 if lead < 0xF0 else 3
    for k in range(1, expected + 1):
        if i + k >= len(data) or not 0x80 <= data[i + k] < 0xC0:
            return 0
    return expected + 1


def _file_decoding_error(source, path):
    """`python3 FILE` reads a file without a coding cookie or BOM line by line and rejects the first line
    that is not UTF-8 with its own message (Parser/tokenizer.c ensure_utf8), where compile() of the bytes
    reports a "(unicode error)" with a location. Returns that message, or None when it does not apply."""
    if source.startswith(b"\xef\xbb\xbf"):
        return None
    lines = source.splitlines() or [b""]  # universal newlines, as the file tokenizer reads (Py_UniversalNewlineFgets)
    if _COOKIE.match(lines[0]) or (len(lines) > 1 and _BLANK_OR_COMMENT.match(lines[0]) and _COOKIE.match(lines[1])):
        return None
    for lineno, line in enumerate(lines, 1):
        line = line.split(b"\0", 1)[0]
        i = 0
        while i < len(line):
            length = _utf8_length(line, i)
            if not length:
                return ("Non-UTF-8 code starting with '\\x%.2x' in file %s on line %d, but no encoding declared; "
                        "see https://peps.python.org/pep-0263/ for details" % (line[i], path, lineno))
            i += length
    return None


_prctl = None


def _load_prctl():
    """prctl from libc (Linux), loaded once in the worker so the children need not import ctypes."""
    global _prctl
    if _prctl is None:
        try:
            import ctypes
            _prctl = ctypes.CDLL(None, use_errno=True).prctl
        except (ImportError, OSError, AttributeError):
            _prctl = False
    return _prctl


_capture_fds = None
_empty_stdin = None
# What every child needs, imported once in the worker rather than in each child (a fork's imports cost
# ~1 ms: finding, reading and running the module, and copying the pages they touch).
_resource = None
_SourceFileLoader = None


def _child_imports():
    global _resource, _SourceFileLoader, _empty_stdin
    if _resource is None:
        import resource
        from importlib.machinery import SourceFileLoader
        _resource, _SourceFileLoader = resource, SourceFileLoader
    if _empty_stdin is None:
        _empty_stdin, write_end = os.pipe()
        os.close(write_end)
    return _empty_stdin


def _capture_files():
    """The two files a forked child writes its stdout and stderr to: memory files (no folder to make and
    remove per run, nothing left behind when the worker is killed), emptied before each run."""
    global _capture_fds
    if _capture_fds is None:
        if hasattr(os, "memfd_create"):
            _capture_fds = (os.memfd_create("stdout"), os.memfd_create("stderr"))
        else:
            folder = tempfile.mkdtemp(prefix="conformance-capture-")
            _capture_fds = tuple(os.open(os.path.join(folder, name), os.O_RDWR | os.O_CREAT, 0o600) for name in ("stdout", "stderr"))
            for name in ("stdout", "stderr"):
                os.unlink(os.path.join(folder, name))
            os.rmdir(folder)
    for fd in _capture_fds:
        os.ftruncate(fd, 0)
        os.lseek(fd, 0, os.SEEK_SET)
    return _capture_fds


def _child(path, workdir, out_fd, err_fd, empty_in, timeout, memory, parent):
    """In the forked child: become `python3 PATH` (Modules/main.c pymain_run_file) and end as it ends."""
    exit_code = 1
    try:
        # A worker killed by the harness (timeout, Ctrl-C) takes its running child with it, and the
        # child does not hold the protocol pipe open: the harness would wait for its end to see EOF.
        if _prctl:
            _prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
            if os.getppid() != parent:
                os._exit(125)
        os.close(_protocol_out.fileno())
        resource = _resource
        os.chdir(workdir)
        _hide_worker_frozen()
        # stdin is an empty pipe, as the harness gives `python3 FILE` (not /dev/null: that is seekable):
        # the worker's, whose write end is closed, so every child reads end of file from it.
        os.dup2(empty_in, 0)
        for fd, captured in ((1, out_fd), (2, err_fd)):
            os.dup2(captured, fd)
            os.close(captured)
        # Streams as a non-interactive python3 has them: stdout block-buffered, stderr line-buffered
        # (Python/pylifecycle.c create_stdio), with the encodings and handlers of _STDIO.
        # create_stdio names the raw files "<stdin>", "<stdout>", "<stderr>" (what sys.stdout.name shows).
        raw = {}
        for fd, name, mode in ((0, "stdin", "r"), (1, "stdout", "w"), (2, "stderr", "w")):
            raw[name] = io.FileIO(fd, mode, closefd=False)
            raw[name].name = "<%s>" % name
        sys.stdin = io.TextIOWrapper(io.BufferedReader(raw["stdin"]), *_STDIO["stdin"])
        sys.stdout = io.TextIOWrapper(io.BufferedWriter(raw["stdout"]), *_STDIO["stdout"])
        sys.stderr = io.TextIOWrapper(io.BufferedWriter(raw["stderr"]), *_STDIO["stderr"],
                                      line_buffering=True)
        sys.__stdin__, sys.__stdout__, sys.__stderr__ = sys.stdin, sys.stdout, sys.stderr
        if memory:
            resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
        cpu = int(timeout) + 2
        resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu))
        signal.signal(signal.SIGALRM, signal.SIG_DFL)
        signal.setitimer(signal.ITIMER_REAL, timeout)
        warnings.filters[:] = _DEFAULT_WARNING_FILTERS
        warnings._filters_mutated()
        sys.argv = [path]
        sys.path[:] = [os.path.dirname(path)] + _ORIGINAL_SYS_PATH[1:]
        # The frames below the program's: this one and its callers, and exec (a C call counts in 3.11).
        depth, frame = 0, sys._getframe()
        while frame is not None:
            depth, frame = depth + 1, frame.f_back
        _hide_worker_depth(depth + 1)
        # Python/pylifecycle.c add_main_module, then pythonrun.c _PyRun_SimpleFileObject's set_main_loader.
        main = types.ModuleType("__main__")
        main.__annotations__ = {}
        main.__builtins__ = builtins
        main.__file__ = path
        main.__cached__ = None
        main.__loader__ = _SourceFileLoader("__main__", path)
        sys.modules["__main__"] = main
        try:
            with open(path, "rb") as f:
                source = f.read()
        except OSError as exc:
            # Modules/main.c pymain_run_file_obj: the interpreter's name as it was started, exit code 2.
            program = getattr(sys, "orig_argv", [sys.executable])[0]
            sys.stderr.write("%s: can't open file %r: [Errno %d] %s\n" % (program, path, exc.errno, exc.strerror))
            sys.stderr.flush()
            os._exit(2)
        interrupted = False
        try:
            try:
                source.decode("utf-8")
            except UnicodeDecodeError:
                message = _file_decoding_error(source, path)
                if message is not None:
                    raise SyntaxError(message) from None
            code = compile(source, path, "exec", dont_inherit=True)
        except SyntaxError as exc:
            exc.__traceback__ = None  # python3 FILE shows no frame for a file that does not compile
            sys.excepthook(type(exc), exc, None)
            exit_code = 1
        else:
            try:
                exec(code, main.__dict__)
                exit_code = 0
            except SystemExit as exc:
                # Python/pythonrun.c _Py_HandleSystemExit
                if exc.code is None:
                    exit_code = 0
                elif isinstance(exc.code, int):
                    exit_code = exc.code & 0xFF
                else:
                    print(exc.code, file=sys.stderr)
                    exit_code = 1
            except BaseException as exc:  # noqa: B036 - the interpreter's own top level
                # The traceback starts at this frame; the interpreter's starts at <module>.
                # PyErr_Display prints exc.__traceback__, whatever tb it is given.
                tb = exc.__traceback__
                exc.__traceback__ = tb.tb_next if tb is not None else None
                sys.excepthook(type(exc), exc, exc.__traceback__)
                exit_code = 1
                interrupted = isinstance(exc, KeyboardInterrupt)
            # As pymain_run_python leaves it: no exception pending, the program's frames gone.
            exc = tb = None
        # Py_RunMain: a finalization that fails (a stdout that cannot be flushed) makes exit code 120.
        if _finalize(main) < 0:
            exit_code = 120
        if interrupted:
            # Modules/main.c exit_sigint: an uncaught KeyboardInterrupt ends the process by SIGINT.
            signal.signal(signal.SIGINT, signal.SIG_DFL)
            os.kill(os.getpid(), signal.SIGINT)
    except BaseException:  # noqa: B036 - nothing may escape into the worker's loop
        exit_code = 125
    os._exit(exit_code)


def run(request):
    path = os.path.abspath(request["path"])
    timeout = float(request.get("timeout", 10))
    memory = request.get("memory")
    workdir = tempfile.mkdtemp(prefix="conformance-run-")
    out_fd, err_fd = _capture_files()
    # The worker's own objects are never garbage: the child's collections skip them (and do not copy their pages).
    import gc
    gc.freeze()
    _load_prctl()
    empty_in = _child_imports()
    parent = os.getpid()
    start = time.perf_counter()
    pid = os.fork()
    if pid == 0:
        _child(path, workdir, out_fd, err_fd, empty_in, timeout, memory, parent)  # never returns
    try:
        _, status = os.waitpid(pid, 0)
        seconds = time.perf_counter() - start
        timed_out = os.WIFSIGNALED(status) and os.WTERMSIG(status) in (signal.SIGALRM, signal.SIGXCPU)
        # A death by signal N reads as 128+N, as .NET and a shell report it.
        exit_code = 128 + os.WTERMSIG(status) if os.WIFSIGNALED(status) else os.WEXITSTATUS(status)
        return {"id": request.get("id"), "seconds": seconds, "exit_code": exit_code, "timed_out": timed_out,
                "stdout": _captured(out_fd), "stderr": _captured(err_fd)}
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


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

            elif op == "run":
                response = run(request)
            else:
                response = {"id": request.get("id"), "fatal": "unknown op %r" % op}
        except (Exception, RecursionError, MemoryError) as exc:
            response = {"id": request.get("id"), "fatal": "%s: %s" % (type(exc).__name__, exc)}
        _protocol_out.write(json.dumps(response, ensure_ascii=True) + "\n")
        _protocol_out.flush()


if __name__ == "__main__":
    main()
