# features: [if]
# stages: [tokens, ast, dis]
def f():
    if False:
        return 1
    return 2
