# coding: foo
# features: [c_tokenizer, encoding]
# stages: [tokens, ast]
# expect-error: tokens SyntaxError
