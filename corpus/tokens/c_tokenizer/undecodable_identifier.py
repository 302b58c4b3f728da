# features: [c_tokenizer, encoding]
# stages: [tokens, ast]
# expect-error: tokens UnicodeDecodeError
x = 1
abÿ = 2
