# features: [names, errortoken]
# stages: [tokens]
x = ² + a²b + ٣x
