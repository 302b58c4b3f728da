# features: [comments]
# stages: [tokens]
x = 1  # trailing
y = (1,  # inside parens
     2)
