# features: [hostile, errortoken]
# stages: [tokens]
x = 1
 
