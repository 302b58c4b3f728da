# features: [function]
# stages: [tokens, ast, dis]
def f():
    x: int = 1
    y: list
    return x
