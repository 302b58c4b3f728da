# fuzz-signature: ast:error:type:UnicodeDecodeError: '_' codec can't decode byte NxcN in position N: invalid cont
# fuzz-seed: 42 (mutant 449 of corpus/syntax-errors/ann_target_compare.py)
# fuzz-date: 2026-11-24
# fuzz-original-lines: 5
# features: [fuzz]
:in√t