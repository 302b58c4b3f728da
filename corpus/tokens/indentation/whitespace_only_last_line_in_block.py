# features: [indentation]
# stages: [tokens]
if x:
    y
    