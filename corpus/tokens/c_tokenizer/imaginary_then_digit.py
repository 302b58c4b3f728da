# features: [c_tokenizer, errors]
# stages: [tokens, ast]
x = 1.5j2
