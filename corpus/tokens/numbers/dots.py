# features: [numbers]
# stages: [tokens]
1..2 ... .... x.y 1.__class__ ..1
