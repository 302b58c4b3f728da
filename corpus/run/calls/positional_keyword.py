# features: [calls, defaults, keyword-arguments]
# stages: [run]
def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, sorted(kw.items()))

print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6, g=7))
print(f(*[1, 2], **{'c': 9, 'z': 0}))

def posonly(a, b, /, c, *, d):
    return a + b + c + d

print(posonly(1, 2, 3, d=4), posonly(1, 2, c=3, d=4))
for call in [lambda: f(), lambda: f(1), lambda: f(1, c=1, a=2), lambda: posonly(1, b=2, c=3, d=4),
             lambda: posonly(1, 2, 3, 4), lambda: f(1, c=1, **{'c': 2}), lambda: (lambda x: x)(1, 2),
             lambda: (lambda: 0)(x=1), lambda: (lambda a, b, c: 0)(), lambda: (lambda a, *, k: 0)(1)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
