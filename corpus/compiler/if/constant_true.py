# features: [if]
# stages: [tokens, ast, dis]
def f():
    if True:
        return 1
    return 2
