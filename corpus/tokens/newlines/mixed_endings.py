# features: [newlines, errortoken]
# stages: [tokens]
a
b
cd
