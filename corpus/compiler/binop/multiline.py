# features: [binop]
# stages: [tokens, ast, dis]
def f(a, b):
    return (a
            +
            b)
