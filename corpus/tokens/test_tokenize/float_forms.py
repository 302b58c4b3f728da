# features: [test_tokenize]
# stages: [tokens]
x = 3.14159
x = 314159.
x = .314159
x = 3e14159
x = 314159e-1
x = 3.14e159
