# features: [errortoken]
# stages: [tokens]
x =   $
