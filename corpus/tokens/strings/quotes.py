# features: [strings]
# stages: [tokens]
'a' "b" '' "" 'it''s' "say \"hi\""
