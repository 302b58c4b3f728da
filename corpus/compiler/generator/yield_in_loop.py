# features: [generator]
# stages: [tokens, ast, dis]
def g(n):
    for i in range(n):
        yield i * i
