# fuzz-signature: ast:error:text:SyntaxError: f-string: invalid syntax
# fuzz-seed: 42 (mutant 1879 of corpus/syntax-errors/fstring_keyword_only.py)
# fuzz-date: 2026-11-24
# fuzz-original-lines: 4
# features: [fuzz]
f'{if}'