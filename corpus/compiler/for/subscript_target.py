# features: [for]
# stages: [tokens, ast, dis]
def f(d, xs):
    for d['k'] in xs:
        pass
