# features: [names]
# stages: [tokens]
é = 1
Σ = 'sigma'
名前 = 3
ℌ = 4
