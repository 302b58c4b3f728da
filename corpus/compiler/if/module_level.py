# features: [if]
# stages: [tokens, ast, dis]
import sys
if sys.argv:
    a = 1
else:
    a = 2
