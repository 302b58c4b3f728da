# features: [tracebacks, unbound-local]
# stages: [run]
count = 0
def increment():
    count += 1
    return count
increment()
