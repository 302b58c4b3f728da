# fuzz-signature: ast:error:text:SyntaxError: f-string: invalid syntax
# fuzz-seed: 42 (mutant 12229 of corpus/syntax-errors/fstring_dangling_op.py)
# fuzz-date: 2026-11-24
# fuzz-original-lines: 4
# features: [fuzz]
# stages: [tokens, ast, dis, run]
f'{+}'