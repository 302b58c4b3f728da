# features: [c_tokenizer, errors]
# stages: [tokens, ast]
if x:
    a
\
    b
