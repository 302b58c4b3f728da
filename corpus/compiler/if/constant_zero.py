# features: [if]
# stages: [tokens, ast, dis]
def f():
    if 0:
        x = 1
    else:
        x = 2
    return x
