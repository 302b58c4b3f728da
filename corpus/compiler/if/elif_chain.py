# features: [if]
# stages: [tokens, ast, dis]
def f(x):
    if x == 1:
        return 'a'
    elif x == 2:
        return 'b'
    elif x == 3:
        return 'c'
    else:
        return 'd'
