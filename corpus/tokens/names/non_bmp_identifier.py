# features: [names, unicode]
# stages: [tokens]
𝔘𝔫𝔦 = 1
x = 𝔘𝔫𝔦 + 1
