# features: [match]
# stages: [tokens, ast, dis]
class P:
    __match_args__ = ('x', 'y')
def f(p):
    match p:
        case P(x=0, y=0):
            return 'origin'
        case P(a, b):
            return a, b
