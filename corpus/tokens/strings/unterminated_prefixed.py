# features: [strings, errortoken]
# stages: [tokens]
x = rb'abc
f"z
