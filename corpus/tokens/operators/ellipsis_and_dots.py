# features: [operators]
# stages: [tokens]
x[...] = ..
x = .5 . 5
