# features: [unicode]
# stages: [tokens]
s = '日本語'; x = 1
