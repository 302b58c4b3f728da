# features: [scoping, functions]
# stages: [run]
def outer():
    n = 0
    def bump():
        nonlocal n
        n += 1
    for _ in range(3): bump()
    def nested():
        def deeper():
            nonlocal n
            n *= 10
        deeper()
    nested()
    return n
print(outer())
