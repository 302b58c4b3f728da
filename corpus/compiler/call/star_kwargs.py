# features: [call]
# stages: [tokens, ast, dis]
def f(g, k):
    return g(**k)
