# features: [try]
# stages: [tokens, ast, dis]
def f():
    try:
        g()
    except ValueError as e:
        return e
