# features: [newlines, errortoken]
# stages: [tokens]
x = 1y = 2
