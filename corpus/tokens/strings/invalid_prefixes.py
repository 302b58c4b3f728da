# features: [strings, errortoken]
# stages: [tokens]
ub'x' bu'x' ur'x' bf'x' fb'x' rr'x' xb'x'
