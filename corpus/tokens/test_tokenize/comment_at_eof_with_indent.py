# features: [test_tokenize]
# stages: [tokens]
if x:
    pass
    # comment