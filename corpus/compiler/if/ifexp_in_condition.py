# features: [if]
# stages: [tokens, ast, dis]
def f(a, b, c):
    if (b if a else c):
        return 1
