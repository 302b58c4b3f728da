# coding: Latin1
# features: [encoding]
# stages: [tokens]
s = 'ÿ'
