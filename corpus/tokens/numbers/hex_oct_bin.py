# features: [numbers]
# stages: [tokens]
0xff 0XFF 0x_f_f 0o17 0O1_7 0b101 0B1_0
