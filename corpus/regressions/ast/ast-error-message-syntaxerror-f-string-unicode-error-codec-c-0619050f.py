# fuzz-signature: ast:error:message:SyntaxError: f-string: (unicode error) '_' codec can't decode byte NxN in positi
# fuzz-seed: 42 (mutant 1819 of corpus/syntax-errors/fstring_concat_bad.py)
# fuzz-date: 2026-11-24
# fuzz-original-lines: 4
# features: [fuzz]
# stages: [tokens, ast, dis, run]
f'{ÿb}'