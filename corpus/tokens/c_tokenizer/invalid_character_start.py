# features: [c_tokenizer, errors]
# stages: [tokens, ast]
€a = 1
