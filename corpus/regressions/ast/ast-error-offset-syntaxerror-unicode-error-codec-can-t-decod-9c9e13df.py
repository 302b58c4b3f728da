# fuzz-signature: ast:error:offset:SyntaxError: (unicode error) '_' codec can't decode bytes in position N-N: inval
# fuzz-seed: 42 (mutant 19374 of corpus/syntax/unicode.py)
# fuzz-date: 2026-11-24
# fuzz-original-lines: 5
# features: [fuzz]
# stages: [tokens, ast, dis, run]
å¤ÿ‰æ•°