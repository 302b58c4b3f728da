# features: [if]
# stages: [tokens, ast, dis]
def f(a, b, c):
    if a < b < c:
        return 1
