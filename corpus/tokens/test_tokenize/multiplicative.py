# features: [test_tokenize]
# stages: [tokens]
x = 1//1*1/5*12%0x12@42
