# features: [if]
# stages: [tokens, ast, dis]
def f(x, y):
    return 'a' if x else 'b' if y else 'c'
