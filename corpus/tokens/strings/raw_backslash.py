# features: [strings]
# stages: [tokens]
r'\'' r"\\" r'\\'
