# features: [for]
# stages: [tokens, ast, dis]
def f(m):
    for row in m:
        for x in row:
            if x:
                break
        else:
            continue
        break
