# features: [with]
# stages: [tokens, ast, dis]
def f(cm):
    try:
        with cm:
            g()
    except Exception:
        h()
