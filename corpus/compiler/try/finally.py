# features: [try]
# stages: [tokens, ast, dis]
def f():
    try:
        g()
    finally:
        h()
