# features: [classic]
# stages: [run]
x = 10 + 5
print(x)
