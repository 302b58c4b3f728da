# features: [classic]
# stages: [tokens, ast, dis, run]
x = 'g'
def f():
    y = 'e'
    def g():
        return x + y + len('l')
    return g()
print(f())
