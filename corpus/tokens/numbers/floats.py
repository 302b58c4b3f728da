# features: [numbers]
# stages: [tokens]
1.0 1. .5 1e10 1E-5 1.5e+3 1_0.0_1 0.0 00.5 1_0e1_0
