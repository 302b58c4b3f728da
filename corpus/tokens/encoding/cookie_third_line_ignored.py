#
#
# coding: latin-1
# features: [encoding]
# stages: [tokens]
x = 1
