# features: [test_tokenize]
# stages: [tokens]
(
    a
) if b else c
