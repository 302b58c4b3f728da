# features: [test_tokenize]
# stages: [tokens]
x = 0
x = 0xfffffffffff
x = 123141242151251616110
x = -15921590215012591
