# features: [scoping, functions]
# stages: [run]
x = 'global'
def outer():
    x = 'enclosing'
    def inner():
        x = 'local'
        return x
    def reader():
        return x
    return inner(), reader()
print(outer(), x, len('builtin'))
len = lambda s: 'shadowed'
print(len('abc'))
del len
print(len('abc'))
