# features: [comprehension]
# stages: [tokens, ast, dis]
def comp(xs):
    return [x + 1 for x in xs]
def loop(xs):
    r = []
    for x in xs:
        r.append(x + 1)
    return r
