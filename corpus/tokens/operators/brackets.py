# features: [operators]
# stages: [tokens]
( ) [ ] { } ([{}])
