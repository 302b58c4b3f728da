# features: [numbers]
# stages: [tokens]
0 1 42 1_000_000 00 0_0 007
