# features: [match]
# stages: [tokens, ast, dis]
def f(x):
    match x:
        case True:
            return 1
        case False:
            return 0
        case None:
            return -1
