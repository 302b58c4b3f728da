# features: [newlines]
# stages: [tokens]


x
  
