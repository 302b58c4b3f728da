# features: [indentation]
# stages: [tokens]
x
    y
