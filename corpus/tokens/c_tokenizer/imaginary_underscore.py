# features: [c_tokenizer, errors]
# stages: [tokens, ast]
x = 5.j_
