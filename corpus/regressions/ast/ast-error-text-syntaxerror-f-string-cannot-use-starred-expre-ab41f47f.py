# fuzz-signature: ast:error:text:SyntaxError: f-string: cannot use starred expression here
# fuzz-seed: 42 (mutant 12359 of corpus/syntax-errors/fstring_yield_star.py)
# fuzz-date: 2026-11-24
# fuzz-original-lines: 4
# features: [fuzz]
# stages: [tokens, ast, dis, run]
f'{*a}'