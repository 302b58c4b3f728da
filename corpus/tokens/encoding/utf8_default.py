# features: [encoding]
# stages: [tokens]
s = 'ünïcödé'
