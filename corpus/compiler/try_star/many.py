# features: [try_star]
# stages: [tokens, ast, dis]
def f():
    try:
        g()
    except* ValueError:
        a()
    except* TypeError as e:
        b(e)
