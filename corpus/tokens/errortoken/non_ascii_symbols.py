# features: [errortoken, unicode]
# stages: [tokens]
x = € + ∑ + ½
