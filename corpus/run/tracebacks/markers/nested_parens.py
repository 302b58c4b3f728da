# features: [tracebacks, uncaught-exception, caret-markers]
# stages: [run]
a = 1
b = 0
print(((a + 1) * 3) / (b * 2))
