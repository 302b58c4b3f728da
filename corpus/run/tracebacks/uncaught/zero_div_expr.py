# features: [tracebacks, uncaught-exception]
# stages: [run]
def ratio(a, b):
    return a / b
print('start')
print(ratio(4, 2))
print(ratio(1, 0))
