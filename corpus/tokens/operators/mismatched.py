# features: [operators]
# stages: [tokens]
x = (]
