# features: [test_tokenize]
# stages: [tokens]
1 + 1
