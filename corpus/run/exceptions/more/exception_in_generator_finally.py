# features: [exceptions]
# stages: [run]
def g():
    try:
        yield 1
        yield 2
    finally:
        print('gen finally')
for x in g():
    print(x)
    break
print('after break')
it = g(); next(it); del it
print('deleted')
