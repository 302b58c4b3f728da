# features: [match]
# stages: [tokens, ast, dis]
def f(x):
    match x:
        case 1:
            return 1
        case _:
            return 2
