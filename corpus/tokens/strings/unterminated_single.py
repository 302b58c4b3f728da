# features: [strings, errortoken]
# stages: [tokens]
x = 'abc
y = "def
