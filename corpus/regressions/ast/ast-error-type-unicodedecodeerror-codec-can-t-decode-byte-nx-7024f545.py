# fuzz-signature: ast:error:type:UnicodeDecodeError: '_' codec can't decode byte NxaN in position N: invalid star
# fuzz-seed: 42 (mutant 3614 of corpus/syntax-errors/with_as_await.py)
# fuzz-date: 2026-11-24
# fuzz-original-lines: 5
# features: [fuzz]
:
    