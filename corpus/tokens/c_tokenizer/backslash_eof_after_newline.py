# features: [c_tokenizer, errors]
# stages: [tokens, ast]
# expect-error: tokens TokenError
x = \
