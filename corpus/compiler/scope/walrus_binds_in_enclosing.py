# features: [scope]
# stages: [tokens, ast, dis]
def f(xs):
    any((hit := x) > 1 for x in xs)
    return hit
