# features: [if]
# stages: [tokens, ast, dis]
def f():
    if __debug__:
        return 1
    return 2
