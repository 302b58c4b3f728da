"""The co_* dump of interpreter/Dis CodeObjectAttributes.Format, made by CPython: one `path\tkey\tvalue` line per
attribute of every code object, depth-first in co_consts order (shared by the codegen oracle tests and CompileCorpus)."""
import re, types

KEYS = ["co_argcount", "co_cellvars", "co_code", "co_consts", "co_exceptiontable", "co_filename",
        "co_firstlineno", "co_flags", "co_freevars", "co_kwonlyargcount", "co_linetable", "co_name", "co_names",
        "co_nlocals", "co_posonlyargcount", "co_qualname", "co_stacksize", "co_varnames"]
ADDRESS = re.compile(r"0x[0-9a-f]+")


def value(code, key):
    v = getattr(code, key)
    if isinstance(v, int):
        return str(v)
    if isinstance(v, bytes):
        return v.hex()
    return ADDRESS.sub("0xADDR", repr(v))


def walk(code, parent=None, out=None):
    out = [] if out is None else out
    path = code.co_qualname if parent is None else parent + "/" + code.co_qualname
    for key in KEYS:
        out.append(f"{path}\t{key}\t{value(code, key)}\n")
    for c in code.co_consts:
        if isinstance(c, types.CodeType):
            walk(c, path, out)
    return out
