# features: [lambda]
# stages: [tokens, ast, dis]
def f(n):
    return [lambda i=i: i for i in range(n)]
