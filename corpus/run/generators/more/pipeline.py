# features: [generators, coroutines]
# stages: [run]
def numbers(n):
    for i in range(n): yield i
def squares(it):
    for x in it: yield x * x
def evens(it):
    return (x for x in it if x % 2 == 0)
print(list(evens(squares(numbers(10)))), sum(squares(numbers(100))))
gen = (c.upper() for c in 'abc')
print(next(gen), list(gen))
print(list(zip(numbers(3), squares(numbers(5)))))
