# features: [subscript_slice]
# stages: [tokens, ast, dis]
def f(a):
    return a[1:], a[:2], a[1:2], a[::2], a[::-1], a[:]
