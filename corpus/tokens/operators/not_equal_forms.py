# features: [operators, errortoken]
# stages: [tokens]
a != b
a <> b
a ! b
