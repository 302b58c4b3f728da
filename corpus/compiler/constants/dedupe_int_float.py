# features: [constants]
# stages: [tokens, ast, dis]
def f():
    return 0, 0.0, -0.0, False, 0j
