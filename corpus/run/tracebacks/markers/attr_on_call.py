# features: [tracebacks, uncaught-exception, caret-markers]
# stages: [run]
def get():
    return None
get().value
