# features: [tracebacks, uncaught-exception, caret-markers]
# stages: [run]
def rows():
    return [[1]]
print(rows()[0][3])
