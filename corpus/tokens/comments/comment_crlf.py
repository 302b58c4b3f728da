# features: [comments, newlines]
# stages: [tokens]
# c
x = 1  # d
