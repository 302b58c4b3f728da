# features: [try]
# stages: [tokens, ast, dis]
def f():
    try:
        a()
    except KeyError as e:
        b(e)
    else:
        c()
    finally:
        d()
