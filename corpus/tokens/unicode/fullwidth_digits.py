# features: [unicode, errortoken]
# stages: [tokens]
x = １２３
