# features: [unicode]
# stages: [tokens]
s = '''é
😀'''; y = 2
