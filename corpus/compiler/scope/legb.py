# features: [scope]
# stages: [tokens, ast, dis]
x = 'global'
def outer():
    x = 'enclosing'
    def inner():
        return x
    return inner
print(outer()(), len('abc'))
