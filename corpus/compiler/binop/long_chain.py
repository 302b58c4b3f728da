# features: [binop]
# stages: [tokens, ast, dis]
def f(a):
    return a + a + a + a + a + a + a + a + a + a
