# features: [bench, closures]
# stages: [run]
# flags: [slow]
def make_adder(n):
    def add(x):
        return x + n
    return add

def compose(f, g):
    return lambda x: f(g(x))

def counter():
    c = 0
    def step():
        nonlocal c
        c += 1
        return c
    return step

add1 = make_adder(1)
add2 = make_adder(2)
both = compose(add1, add2)
step = counter()
total = 0
for i in range(3600000):
    total += both(i)
    step()
print(total, step())
