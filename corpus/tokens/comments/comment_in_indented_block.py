# features: [comments]
# stages: [tokens]
if x:
    a
# dedented comment
    b
