# features: [for]
# stages: [tokens, ast, dis]
def f(o, xs):
    for o.x in xs:
        pass
