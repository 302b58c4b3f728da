# features: [if]
# stages: [tokens, ast, dis]
def f(a, b):
    if a or b:
        return 1
