// Excerpts show strings as Python's repr does; the bytecode leaf already has CPython's exact rules.
global using PyRepr = Pyref.Bytecode.PyRepr;
