# features: [test_tokenize]
# stages: [tokens]
x