# features: [call]
# stages: [tokens, ast, dis]
def f(xs):
    return sum(x * x for x in xs)
