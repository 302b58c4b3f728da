# features: [compile, exec, eval]
# stages: [run]
c = compile("x = 10 + 5\nprint(x)", "myfile", "exec")
print(type(c).__name__, c.co_filename, c.co_name)
exec(c)
print(x)
e = compile("1 + 2 * 3", "<e>", "eval")
print(eval(e))
s = compile("a = 5\na\n", "<s>", "single") if False else compile("a * 2", "<s>", "single")
a = 21
exec(s)
print(_)
print(eval(b"  40 + 2"))
exec(b"# -*- coding: latin-1 -*-\nprint('\xe9')")
exec(bytearray(b"print('ba')"))
g = {}
exec("def f(): return 7\ny = f()", g)
print(g["y"], "__builtins__" in g)
l = {}
exec("z = 3", g, l)
print(l)
print(eval("q + 1", {"q": 1}))
print(eval("q", {}, {"q": 9}))
def outer():
    v = 5
    def inner(): return v
    return inner
fn = outer()
import sys
print(eval("k", None, {"k": 3}))
co = compile("def h(x: undefined_name): pass\nprint(h.__annotations__)", "f", "exec", 0x1000000)
exec(co)
co2 = compile("def h(x: int): pass\nprint(h.__annotations__)", "f", "exec", dont_inherit=True)
exec(co2)
print(compile("pass", "f", "exec", optimize=2).co_filename)
print(compile("assert False", "f", "exec", optimize=1).co_code == compile("pass", "f", "exec").co_code)
tests = [
 "compile(\"x\", \"f\", \"bad\")",
 "compile(\"x\", \"f\", \"exec\", 0x10000000)",
 "compile(\"x\", \"f\", \"exec\", 0, False, 5)",
 "compile(5, \"f\", \"exec\")",
 "compile(\"x\", 5, \"exec\")",
 "compile(\"x\", \"f\", 5)",
 "compile(\"a\\0b\", \"f\", \"exec\")",
 "compile(b\"a\\0b\", \"f\", \"exec\")",
 "compile(\"x\", \"f\", \"exec\", \"s\")",
 "compile(\"x\", \"f\", \"func_type\")",
 "compile(\"x\")",
 "compile(\"x +\", \"fn.py\", \"exec\")",
 "compile(\"a = 1\", \"fn.py\", \"eval\")",
 "exec(5)", "eval(5)", "eval(\"1\", [])", "eval(\"1\", {}, 5)", "exec(\"1\", {}, 5)", "exec(\"1\", [])",
 "exec(\"x\", closure=1)",
 "exec(compile(\"1\", \"f\", \"exec\"), {}, closure=(1,))",
 "exec(fn.__code__, {})",
 "exec(fn.__code__, {}, closure=fn.__closure__)",
 "eval(fn.__code__)",
 "compile(\"x\",\"f\",\"exec\", dont_inherit=2.5)",
 "eval(\"1\", globals={})",
 "eval()",
 "eval(\"1\", {}, {}, {})",
 "eval(\"\\n  1\")",
]
for t in tests:
  try: print(t, "->", repr(eval(t)))
  except BaseException as e: print(t, "->", type(e).__name__, e)
try:
    compile("if 1:\n  x\n y", "ind.py", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.args)
def inherits():
    co = compile("def h(x: int): pass\nprint(h.__annotations__)", "f", "exec", 0x1000000)
    ns = {}
    exec(co, ns)
    exec("def k(y: float): pass\nprint(k.__annotations__)", ns)
    print(hex(co.co_flags & 0x1000000))
inherits()
