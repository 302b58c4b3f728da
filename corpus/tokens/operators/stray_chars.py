# features: [operators, errortoken]
# stages: [tokens]
a $ b ? c ` d
$
  ?x
