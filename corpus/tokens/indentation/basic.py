# features: [indentation]
# stages: [tokens]
if a:
    b
    if c:
        d
    e
f
