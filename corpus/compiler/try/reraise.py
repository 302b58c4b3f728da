# features: [try]
# stages: [tokens, ast, dis]
def f():
    try:
        g()
    except Exception:
        h()
        raise
