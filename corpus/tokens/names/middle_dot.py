# features: [names, errortoken]
# stages: [tokens]
a·b = 1
·
