# features: [compile, exec, eval, locals]
# stages: [run]
# expect-error: run ZeroDivisionError
exec(compile("None\n", "<s>", "single"))
def f():
    a = 1
    exec("a = 2; b = 3")
    print(a, sorted(k for k in locals()))
f()
class C:
    exec("attr = 4")
print(C.attr)
print(eval("__name__"), eval("__name__", {}))
x = eval("lambda n: n * 2")
print(x(4), x.__code__.co_filename)
exec("def broken():\n    return 1/0\n")
broken()
