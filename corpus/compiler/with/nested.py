# features: [with]
# stages: [tokens, ast, dis]
def f(a, b):
    with a:
        with b:
            g()
