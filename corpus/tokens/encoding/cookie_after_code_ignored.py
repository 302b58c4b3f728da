x = 1
# coding: latin-1
# features: [encoding]
# stages: [tokens]
