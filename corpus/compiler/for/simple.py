# features: [for]
# stages: [tokens, ast, dis]
def f(xs):
    t = 0
    for x in xs:
        t += x
    return t
