# features: [match]
# stages: [tokens, ast, dis]
def f(x):
    match x:
        case 1 | 2 | 3:
            return 'small'
