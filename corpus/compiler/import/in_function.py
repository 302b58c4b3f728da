# features: [import]
# stages: [tokens, ast, dis]
def f():
    import os
    from sys import argv
    return os, argv
