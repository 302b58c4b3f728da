# features: [constant_folding]
# stages: [tokens, ast, dis]
def f():
    return 1 / 0, 1 // 0, 1 % 0
