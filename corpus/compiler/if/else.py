# features: [if]
# stages: [tokens, ast, dis]
def f(x):
    if x:
        y = 1
    else:
        y = 2
    return y
