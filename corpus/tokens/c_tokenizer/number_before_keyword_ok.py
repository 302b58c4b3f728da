# features: [c_tokenizer, errors]
# stages: [tokens, ast]
x = [0x1for x in y]
y = 1if x else 2
z = 1 if 1else 2
