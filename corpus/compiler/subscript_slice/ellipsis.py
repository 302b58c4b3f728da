# features: [subscript_slice]
# stages: [tokens, ast, dis]
def f(a):
    return a[...], a[..., 0]
