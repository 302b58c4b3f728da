# features: [if]
# stages: [tokens, ast, dis]
def f(a, b):
    if not (a and b):
        return 1
