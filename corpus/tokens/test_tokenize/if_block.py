# features: [test_tokenize]
# stages: [tokens]
if False:
    # NL
    
    True = False # NEWLINE
