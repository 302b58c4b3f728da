# coding: koi8-r
# features: [encoding]
# stages: [tokens]
s = 'аб'
