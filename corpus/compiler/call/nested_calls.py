# features: [call]
# stages: [tokens, ast, dis]
def f(g, h):
    return g(h(1), h(2))
