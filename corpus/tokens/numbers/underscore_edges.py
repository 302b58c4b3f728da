# features: [numbers]
# stages: [tokens]
1_ 1__0 1_a 1e_1 1.e5_ 5.j_
