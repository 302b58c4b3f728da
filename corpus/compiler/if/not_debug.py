# features: [if]
# stages: [tokens, ast, dis]
def f():
    if not __debug__:
        return 1
