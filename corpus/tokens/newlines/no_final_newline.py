# features: [newlines]
# stages: [tokens]
x = 1