# features: [constant_folding]
# stages: [tokens, ast, dis]
def f(a):
    return (1, a, 3)
