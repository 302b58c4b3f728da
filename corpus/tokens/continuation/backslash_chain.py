# features: [continuation]
# stages: [tokens]
x = \
\
\
3
