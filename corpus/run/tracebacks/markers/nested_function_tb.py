# features: [tracebacks, uncaught-exception, caret-markers]
# stages: [run]
def outer():
    def middle():
        def inner():
            return [][1]
        return inner()
    return middle()
outer()
