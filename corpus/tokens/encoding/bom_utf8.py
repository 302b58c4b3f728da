# features: [encoding]
# stages: [tokens]
s = 'é'
