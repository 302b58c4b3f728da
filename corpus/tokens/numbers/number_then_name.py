# features: [numbers]
# stages: [tokens]
1if x else 2
0x1for
1and 2
1abc
1.5j2
