# features: [function]
# stages: [tokens, ast, dis]
def f():
    return None
