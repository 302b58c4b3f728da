# features: [generators, coroutines]
# stages: [run]
async def f():
    return 1
c = f()
print(type(c).__name__, c.__name__)
try:
    c.send(None)
except StopIteration as e:
    print('result', e.value)
try:
    c.send(None)
except RuntimeError as e:
    print(e)
async def g():
    await 5
try:
    g().send(None)
except TypeError as e:
    print(e)
c2 = f(); c2.close(); print('closed')
