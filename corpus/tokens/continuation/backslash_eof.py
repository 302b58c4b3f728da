# features: [continuation, errortoken]
# stages: [tokens]
x = 1 \