# features: [numbers]
# stages: [tokens]
0x 0b 0o 0xg 0b2 0o8 0x_ 0b1_
