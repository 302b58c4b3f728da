# fuzz-signature: ast:error:offset:SyntaxError: (unicode error) '_' codec can't decode byte NxNc in position N: inv
# fuzz-seed: 42 (mutant 5189 of corpus/tokens/unicode/columns_after_wide_chars.py)
# fuzz-date: 2026-11-24
# fuzz-original-lines: 3
# features: [fuzz]
œ¬èªž