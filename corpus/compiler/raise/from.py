# features: [raise]
# stages: [tokens, ast, dis]
def f(e):
    raise RuntimeError('y') from e
