# features: [if]
# stages: [tokens, ast, dis]
def f(x):
    return 1 if x else 2
