# fuzz-signature: ast:error:text:SyntaxError: cannot use assignment expressions with ellipsis
# fuzz-seed: 42 (mutant 24329 of corpus/syntax-errors/walrus_target_ellipsis.py)
# fuzz-date: 2026-11-24
# fuzz-original-lines: 4
# features: [fuzz]
# stages: [tokens, ast, dis, run]
(...:=1)