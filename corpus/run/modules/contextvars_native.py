# features: [contextvars]
# stages: [run]
import _contextvars as C
from _contextvars import ContextVar, Context, Token, copy_context

v = ContextVar('v', default=1)
w = ContextVar('w')
print(v.name, v.get(), w.get('fallback'), repr(v).startswith("<ContextVar name='v' default=1 at 0x"), repr(w).startswith("<ContextVar name='w' at"))
t = v.set(5)
print(t.var is v, t.old_value, t.old_value is Token.MISSING, Token.MISSING, v.get(), repr(t).startswith('<Token var=<ContextVar'))
try:
    w.get()
except LookupError as e:
    print('LookupError', e.args[0] is w)
v.reset(t); print(v.get(), repr(t).startswith('<Token used var='))
t2 = w.set('a'); t3 = w.set('b'); print(w.get(), t3.old_value); w.reset(t3); print(w.get()); w.reset(t2); print(w.get(None))
ctx = copy_context()
print(len(ctx), v in ctx, w in ctx, type(ctx).__name__, list(ctx.keys()) == list(iter(ctx)))
def work(x):
    w.set(x)
    v.set(v.get() + x)
    return (w.get(), v.get())
print(ctx.run(work, 10), w in ctx, ctx[w], ctx.get(w), ctx.get(v), w.get('outside'), v.get())
print(sorted((var.name, val) for var, val in ctx.items()), len(ctx), sorted(x.name for x in ctx.keys()), sorted(ctx.values()))
c2 = ctx.copy(); print(c2 == ctx, c2 is ctx, Context() == Context(), len(Context()))
print(ctx.run(lambda: copy_context().run(lambda: w.get())), ctx.run(lambda **k: k, a=1))
def nested():
    return ctx.run(lambda: 1)
for fn in (lambda: v.reset(t), lambda: ContextVar(1), lambda: Context(1), lambda: ctx['x'], lambda: ctx.run(nested),
           lambda: w.reset(v.set(3)), lambda: Token(), lambda: ctx.run(lambda: v.reset(v.set(0))) or v.reset(t3)):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__, str(e).split(' at 0x')[0])
tok = ctx.run(v.set, 99)
try:
    v.reset(tok)
except ValueError as e:
    print('ValueError', str(e).split(' at 0x')[0])
try:
    class Sub(ContextVar):
        pass
except TypeError as e:
    print(e)
print(ContextVar.__module__, Context.__module__, ContextVar[int], hash(v) == hash(v))
