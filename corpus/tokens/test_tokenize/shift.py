# features: [test_tokenize]
# stages: [tokens]
x = 1 << 1 >> 5
