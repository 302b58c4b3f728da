# features: [if]
# stages: [tokens, ast, dis]
def f(a, b):
    if a:
        if b:
            return 1
        return 2
    return 3
