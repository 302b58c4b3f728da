# features: [errortoken, unicode]
# stages: [tokens]
x = 1
