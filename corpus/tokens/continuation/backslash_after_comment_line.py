# features: [continuation]
# stages: [tokens]
# c \
x = 1
