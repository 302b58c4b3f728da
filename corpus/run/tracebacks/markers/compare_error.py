# features: [tracebacks, uncaught-exception, caret-markers]
# stages: [run]
items = [3, 'a']
print(items[0] < items[1])
