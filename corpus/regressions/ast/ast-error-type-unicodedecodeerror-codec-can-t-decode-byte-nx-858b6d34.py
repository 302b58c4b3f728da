# fuzz-signature: ast:error:type:UnicodeDecodeError: '_' codec can't decode byte Nxff in position N: invalid star
# fuzz-seed: 42 (mutant 2174 of corpus/syntax-errors/lambda_params_non_default_after_default_slash.py)
# fuzz-date: 2026-11-24
# fuzz-original-lines: 4
# features: [fuzz]
:1ÿ