# features: [match]
# stages: [tokens, ast, dis]
def f(x):
    match x:
        case [*items]:
            return items
