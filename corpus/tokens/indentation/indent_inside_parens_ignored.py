# features: [indentation]
# stages: [tokens]
x = (1,
        2,
  3)
y
