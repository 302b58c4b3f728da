# features: [if]
# stages: [tokens, ast, dis]
def f(x):
    if x is None:
        return 1
    if x is not None:
        return 2
