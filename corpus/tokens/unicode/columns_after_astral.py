# features: [unicode]
# stages: [tokens]
s = '😀😀'; x = 1
