# features: [subscript_slice]
# stages: [tokens, ast, dis]
def f(a, i, j):
    return a[i:j:None], a[None:None]
