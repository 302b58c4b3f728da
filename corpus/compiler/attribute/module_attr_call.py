# features: [attribute]
# stages: [tokens, ast, dis]
import os
def f():
    return os.path.join('a', 'b')
