# features: [test_tokenize]
# stages: [tokens]
1_000 0_0 0x_f 0o_7 0b_1 1_0.0_1 1_0e1_0 1_0j
