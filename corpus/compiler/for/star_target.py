# features: [for]
# stages: [tokens, ast, dis]
def f(rows):
    for a, *b in rows:
        print(a, b)
