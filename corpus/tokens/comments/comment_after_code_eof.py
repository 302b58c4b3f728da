# features: [comments, newlines]
# stages: [tokens]
x = 1  # last