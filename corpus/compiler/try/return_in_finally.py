# features: [try]
# stages: [tokens, ast, dis]
def f():
    try:
        return 1
    finally:
        return 2
