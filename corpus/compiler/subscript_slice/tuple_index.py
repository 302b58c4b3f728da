# features: [subscript_slice]
# stages: [tokens, ast, dis]
def f(a):
    return a[1, 2], a[1:2, 3]
