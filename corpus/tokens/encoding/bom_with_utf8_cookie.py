# coding: utf-8
# features: [encoding]
# stages: [tokens]
x = 1
