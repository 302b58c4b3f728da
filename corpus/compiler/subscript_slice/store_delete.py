# features: [subscript_slice]
# stages: [tokens, ast, dis]
def f(a, v):
    a[1:3] = v
    del a[::2]
