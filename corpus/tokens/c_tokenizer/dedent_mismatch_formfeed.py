# features: [c_tokenizer, errors]
# stages: [tokens, ast]
# expect-error: tokens IndentationError
if x:
    a
  b
