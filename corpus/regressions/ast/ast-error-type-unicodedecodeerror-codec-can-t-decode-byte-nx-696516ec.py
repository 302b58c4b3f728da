# fuzz-signature: ast:error:type:UnicodeDecodeError: '_' codec can't decode byte NxN in position N: invalid start
# fuzz-seed: 42 (mutant 29264 of corpus/syntax-errors/stmt_keyword_as_name2.py)
# fuzz-date: 2026-11-24
# fuzz-original-lines: 4
# features: [fuzz]
# stages: [tokens, ast, dis, run]
=2ÿ