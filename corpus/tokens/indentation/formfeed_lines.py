# features: [indentation]
# stages: [tokens]

x = 1

y = 2
