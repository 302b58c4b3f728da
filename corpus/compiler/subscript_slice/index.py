# features: [subscript_slice]
# stages: [tokens, ast, dis]
def f(a, i):
    return a[i], a[0], a[-1]
