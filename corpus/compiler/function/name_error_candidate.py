# features: [function]
# stages: [tokens, ast, dis]
def f():
    return undefined_name
