# features: [scoping, global, nonlocal, legb]
# stages: [run]
x = "global"
def read():
    return x
def shadow():
    x = "local"
    return x
def modify():
    global x
    x = "modified"
print(read(), shadow(), x)
modify()
print(x)
def outer():
    y = 1
    def middle():
        nonlocal y
        y += 1
        def inner():
            nonlocal y
            y *= 10
        inner()
        return y
    return middle(), y
print(outer())
class C:
    attr = "class attr"
    def method(self):
        return attr if False else C.attr
    items = [attr for _ in range(2)] if False else None
print(C().method(), C.items)
len = lambda s: 42
print(len("abc"))
del len
print(len("abc"))
def uses_builtin():
    return max([1, 3, 2])
print(uses_builtin())
try:
    def f():
        print(z)
        z = 1
    f()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
try:
    undefined
except NameError as e:
    print("NameError:", e)
