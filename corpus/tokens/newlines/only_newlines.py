# features: [newlines]
# stages: [tokens]



