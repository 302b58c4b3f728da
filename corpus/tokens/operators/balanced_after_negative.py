# features: [operators]
# stages: [tokens]
x = ) (
y = 1
