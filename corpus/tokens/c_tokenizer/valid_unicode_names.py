# features: [c_tokenizer, errors]
# stages: [tokens, ast]
é = 1
a·b = 2
