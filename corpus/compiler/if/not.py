# features: [if]
# stages: [tokens, ast, dis]
def f(x):
    if not x:
        return 1
