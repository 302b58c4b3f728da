# features: [strings]
# stages: [tokens]
x = '''first
second
  third'''
y = """
"""
