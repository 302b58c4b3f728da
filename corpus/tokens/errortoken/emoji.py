# features: [errortoken, unicode]
# stages: [tokens]
😀 = 1
