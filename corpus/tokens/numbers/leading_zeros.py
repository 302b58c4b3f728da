# features: [numbers]
# stages: [tokens]
0123 0_7 00012
