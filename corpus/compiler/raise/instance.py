# features: [raise]
# stages: [tokens, ast, dis]
def f():
    raise ValueError('x')
