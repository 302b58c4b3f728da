# features: [c_tokenizer, errors]
# stages: [tokens, ast]
1 2
