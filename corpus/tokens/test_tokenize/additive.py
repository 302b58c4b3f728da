# features: [test_tokenize]
# stages: [tokens]
x = 1 - y + 15 - 1 + 0x124 + z + a[5]
