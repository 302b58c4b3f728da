# features: [errortoken]
# stages: [tokens]
x = 'a
print(x)
