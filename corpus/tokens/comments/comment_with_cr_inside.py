# features: [comments, newlines, errortoken]
# stages: [tokens]
# ab
x  # cd
