# features: [try]
# stages: [tokens, ast, dis]
def f():
    try:
        g()
    except ValueError:
        return 1
