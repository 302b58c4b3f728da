# features: [indentation]
# stages: [tokens]
def f():
    if x:
        if y:
            pass
z = 1
