# features: [exceptions]
# stages: [run]
def check(x):
    assert x > 0, 'must be positive'
    return x
print(check(1))
try:
    check(-1)
except AssertionError as e:
    print('AssertionError', e.args)
try:
    assert []
except AssertionError as e:
    print('empty', e.args)
