# features: [comments, continuation]
# stages: [tokens]
x = 1 + \
# c
2
