# features: [strings, errortoken]
# stages: [tokens]
'
"
