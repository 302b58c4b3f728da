# coding: utf-8-unix
# features: [encoding]
# stages: [tokens]
x = 1
