# features: [import, stdlib-types]
# stages: [run]
# flags: [needs-stdlib]
import types
ns = types.SimpleNamespace(a=1, b="x")
print(ns.a, ns.b)
print(types.FunctionType, types.ModuleType, types.BuiltinFunctionType)
def f(): pass
print(isinstance(f, types.FunctionType), isinstance(types, types.ModuleType))
m = types.ModuleType("made", "doc here")
print(m.__name__, m.__doc__, m.__spec__)
print(types.new_class("K", (object,)).__name__)
