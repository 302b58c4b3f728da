# features: [strings]
# stages: [tokens]
x = 'a' 'b' "c"
('a'
 'b')
