# features: [assignment]
# stages: [tokens, ast, dis]
1
'doc'
2 + 3
f = print
f(1)
