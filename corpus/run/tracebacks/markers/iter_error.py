# features: [tracebacks, uncaught-exception, caret-markers]
# stages: [run]
for x in 42:
    print(x)
