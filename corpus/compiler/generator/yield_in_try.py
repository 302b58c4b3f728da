# features: [generator]
# stages: [tokens, ast, dis]
def g():
    try:
        yield 1
    finally:
        print('done')
