# features: [binop]
# stages: [tokens, ast, dis]
def f(a):
    return not not a
