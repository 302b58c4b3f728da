# features: [names, unicode]
# stages: [tokens]
café = 1
