# fuzz-signature: ast:error:text:SyntaxError: f-string: invalid syntax. Perhaps you forgot a comma?
# fuzz-seed: 42 (mutant 7074 of corpus/syntax-errors/fstring_invalid_syntax_inside.py)
# fuzz-date: 2026-11-24
# fuzz-original-lines: 4
# features: [fuzz]
f'{a b}'