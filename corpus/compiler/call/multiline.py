# features: [call]
# stages: [tokens, ast, dis]
def f(g):
    return g(
        1,
        2,
    )
