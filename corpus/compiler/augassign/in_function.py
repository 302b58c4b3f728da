# features: [augassign]
# stages: [tokens, ast, dis]
def f(x):
    x += 1
    return x
