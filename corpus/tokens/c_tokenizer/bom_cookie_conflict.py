# coding: latin-1
# features: [c_tokenizer, encoding]
# stages: [tokens, ast]
# expect-error: tokens SyntaxError
