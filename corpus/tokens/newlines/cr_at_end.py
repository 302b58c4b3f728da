# features: [newlines, errortoken]
# stages: [tokens]
x = 1