# coding: cp1252
# features: [encoding]
# stages: [tokens]
s = '€“'
