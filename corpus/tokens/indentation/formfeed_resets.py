# features: [indentation]
# stages: [tokens]
if x:
    a
    b
c
