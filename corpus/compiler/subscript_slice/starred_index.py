# features: [subscript_slice]
# stages: [tokens, ast, dis]
def f(a, t):
    return a[*t] if False else a[t]
