# features: [statements]
# stages: [tokens, ast, dis]
def outer():
    x = 1
    def inner():
        nonlocal x
        global y
        x += 1
        return x
    return inner
del x
pass; pass;
if True: x = 1; y = 2
@property
def p(self): ...
