# features: [binop]
# stages: [tokens, ast, dis]
def f(a):
    return 'x' + a + 'y'
