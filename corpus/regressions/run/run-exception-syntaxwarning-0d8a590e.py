# fuzz-signature: run:exception:SyntaxWarning
# fuzz-seed: 12 (generated program 1700)
# fuzz-date: 2026-11-25
# fuzz-original-lines: 4
# features: [fuzz]
# stages: [tokens, ast, dis, run]
0is 64