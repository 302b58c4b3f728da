# features: [try]
# stages: [tokens, ast, dis]
def f():
    try:
        return g()
    finally:
        h()
