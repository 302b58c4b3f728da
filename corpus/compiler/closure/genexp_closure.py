# features: [closure]
# stages: [tokens, ast, dis]
def f(k):
    return (x + k for x in range(3))
