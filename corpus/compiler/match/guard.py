# features: [match]
# stages: [tokens, ast, dis]
def f(x):
    match x:
        case [a, b] if a == b:
            return 'same'
        case _:
            return 'no'
