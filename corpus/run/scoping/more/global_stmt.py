# features: [scoping, functions]
# stages: [run]
counter = 0
def inc():
    global counter
    counter += 1
    return counter
inc(); inc()
print(counter)
def make_global():
    global created
    created = 'yes'
make_global(); print(created)
