# fuzz-signature: ast:error:message:SyntaxError: invalid syntax
# fuzz-seed: 42 (mutant 27049 of corpus/syntax-errors/comp_target_call.py)
# fuzz-date: 2026-11-24
# fuzz-original-lines: 4
# features: [fuzz]
# stages: [tokens, ast, dis, run]
SyntaxError[1for f()in