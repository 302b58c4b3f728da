# features: [try]
# stages: [tokens, ast, dis]
def f():
    try:
        x = g()
    except Exception:
        x = None
    else:
        x += 1
    return x
