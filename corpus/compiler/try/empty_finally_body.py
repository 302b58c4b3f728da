# features: [try]
# stages: [tokens, ast, dis]
def f():
    try:
        pass
    finally:
        pass
