# features: [indentation]
# stages: [tokens]
def f():
    a
        
    b
