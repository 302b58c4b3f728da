# features: [c_tokenizer, errors]
# stages: [tokens, ast]
x = 0x_
