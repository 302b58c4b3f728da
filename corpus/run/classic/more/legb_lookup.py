# features: [classic]
# stages: [run]
x = 'global x'
def outer():
    y = 'enclosing y'
    def inner():
        z = 'local z'
        print(x, y, z, len([x, y, z]))
    inner()
outer()
