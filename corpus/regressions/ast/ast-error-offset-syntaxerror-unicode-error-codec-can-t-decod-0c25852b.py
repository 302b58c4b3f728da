# fuzz-signature: ast:error:offset:SyntaxError: (unicode error) '_' codec can't decode byte NxNf in position N: inv
# fuzz-seed: 42 (mutant 5199 of corpus/tokens/unicode/multiline_string_columns.py)
# fuzz-date: 2026-11-24
# fuzz-original-lines: 4
# features: [fuzz]
'Ã©'Ÿ˜€