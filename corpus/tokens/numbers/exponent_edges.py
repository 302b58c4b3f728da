# features: [numbers]
# stages: [tokens]
1e 1e+ 1.5e-x 0e 1E5J 2e-0
