# coding=utf_8
# features: [encoding]
# stages: [tokens]
x = 1
