# features: [assignment]
# stages: [tokens, ast, dis]
import os
os.x = 1
