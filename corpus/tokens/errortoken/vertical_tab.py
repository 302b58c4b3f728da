# features: [errortoken]
# stages: [tokens]
x = 1
