# features: [numbers]
# stages: [tokens]
1 .real
1.real
1..real
