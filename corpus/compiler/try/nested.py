# features: [try]
# stages: [tokens, ast, dis]
def f():
    try:
        try:
            g()
        except ValueError:
            h()
    except Exception:
        k()
