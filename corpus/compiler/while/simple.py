# features: [while]
# stages: [tokens, ast, dis]
def f(n):
    while n:
        n -= 1
    return n
