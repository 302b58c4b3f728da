# features: [tracebacks, uncaught-exception]
# stages: [run]
count = 0
def bump():
    count += 1
bump()
