x = 'coding: latin-1'
# features: [encoding]
# stages: [tokens]
