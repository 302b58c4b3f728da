# features: [newlines]
# stages: [tokens]
