# features: [tracebacks, uncaught-exception, caret-markers]
# stages: [run]
data = [{'k': 1}, {'j': 2}]
print(sorted(data, key=lambda d: d['k']))
