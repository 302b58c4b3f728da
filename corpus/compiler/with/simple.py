# features: [with]
# stages: [tokens, ast, dis]
def f(cm):
    with cm:
        g()
