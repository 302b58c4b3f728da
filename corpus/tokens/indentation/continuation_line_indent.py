# features: [indentation, continuation]
# stages: [tokens]
if x:
    a = 1 + \
  2
    b
