# features: [if]
# stages: [tokens, ast, dis]
def f(a, b, c):
    if a and (b or c):
        return 1
    if (a or b) and not c:
        return 2
