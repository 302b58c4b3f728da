# features: [import, stdlib-ast, compile-only-ast]
# stages: [run]
# flags: [needs-stdlib]
import ast
src = '''
import os, sys as s
from . import x
@dec(1)
async def f(a, /, b: int = 2, *c, d, e=3, **g) -> "r":
    """doc"""
    global q
    x = [i async for i in y if i] + {k: v for k, v in z} - (a, *b)
    del x[1:2, ::3]
    with open(f) as h, g(): pass
    try:
        raise E from None
    except* (A, B) as e:
        nonlocal_ = lambda q, *, r=1: q if r else -q
    finally:
        yield from w
    match p:
        case [1, *rest] | {"k": 2, **kw} if rest: pass
        case C(x=1, y=_) | None | True as z: return f"{a!r:>{w}} {b=}"
class K(B, metaclass=M):
    x: int = 5
    y += 1 ** 2 @ 3 // 4 << 5
    assert not a and b or c, "m"
    while 1 < 2 <= 3 is not 4 not in 5: break
    else: continue
print(b'by', 1j, 1.5, ..., 10**100, 'u', u'u')
'''
t = ast.parse(src)
print(ast.dump(t, include_attributes=True))
print(ast.dump(ast.parse("x + 1", mode="eval"), indent=1))
print(ast.dump(ast.parse("x = 1", mode="single")))
print(ast.dump(ast.parse("(int, str) -> List[int]", mode="func_type")))
print(ast.unparse(t))
print(ast.literal_eval("{'a': [1, 2.5, -3j, (True, None)], 'b': {1, 2}}"))
print(ast.get_docstring(t.body[3]))
print(ast.parse("x").body[0].value.ctx is ast.parse("y").body[0].value.ctx)
print(ast.dump(ast.parse("def f(a, # type: int\n b): # type: (...) -> None\n  pass # type: ignore[x]\n", type_comments=True)))
print(compile(t, "<s>", "exec", ast.PyCF_ONLY_AST) is t)
try:
    ast.parse("x = = 1")
except SyntaxError as e:
    print("SyntaxError:", e, e.lineno, e.offset)
for n in ast.walk(ast.parse("a.b(c)[d]")):
    print(type(n).__name__, getattr(n, 'col_offset', None), getattr(n, 'end_col_offset', None))
print(ast.get_source_segment("a + bb", ast.parse("a + bb").body[0].value.right))
