# features: [newlines]
# stages: [tokens]
if x:
    y = 1