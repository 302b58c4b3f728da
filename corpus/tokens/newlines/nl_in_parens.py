# features: [newlines]
# stages: [tokens]
x = (1,

     2,
)
y = [
]
