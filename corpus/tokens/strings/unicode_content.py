# features: [strings, unicode]
# stages: [tokens]
s = 'héllo wörld ✓ 😀'
b = '\U0001F600'
