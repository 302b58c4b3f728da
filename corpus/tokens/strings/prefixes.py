# features: [strings]
# stages: [tokens]
b'x' B'x' r'x' R'x' u'x' U'x' f'x' F'x' br'x' Br'x' bR'x' BR'x' rb'x' rB'x' Rb'x' RB'x' fr'x' rf'x' Fr'x' fR'x' rF'x' Rf'x'
