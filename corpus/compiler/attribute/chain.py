# features: [attribute]
# stages: [tokens, ast, dis]
def f(o):
    return o.a.b.c
