# features: [function]
# stages: [tokens, ast, dis]
def f():
    'doc'
    return 1
