# features: [try_star]
# stages: [tokens, ast, dis]
def f():
    try:
        g()
    except* ValueError:
        h()
