# features: [continuation]
# stages: [tokens]
x = 1 + \
    2
