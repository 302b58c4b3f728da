# features: [errortoken]
# stages: [tokens]
x = 
y = 2
