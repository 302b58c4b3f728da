# features: [subscript_slice]
# stages: [tokens, ast, dis]
def f(a):
    return a[0][1][2]
