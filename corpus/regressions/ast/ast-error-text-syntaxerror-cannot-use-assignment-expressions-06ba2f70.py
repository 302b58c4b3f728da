# fuzz-signature: ast:error:text:SyntaxError: cannot use assignment expressions with set display
# fuzz-seed: 42 (mutant 19184 of corpus/syntax-errors/walrus_target_set.py)
# fuzz-date: 2026-11-24
# fuzz-original-lines: 5
# features: [fuzz]
# stages: [tokens, ast, dis, run]
({a}:=1
)