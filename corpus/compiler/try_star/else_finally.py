# features: [try_star]
# stages: [tokens, ast, dis]
def f():
    try:
        g()
    except* OSError:
        a()
    else:
        b()
    finally:
        c()
