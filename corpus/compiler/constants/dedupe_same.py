# features: [constants]
# stages: [tokens, ast, dis]
def f():
    return 'a', 'a', 1, 1, (1, 2), (1, 2)
