# features: [indentation, continuation]
# stages: [tokens]
if x:
    a
\
b
