# fuzz-signature: ast:error-presence:oracle-raises:SyntaxError: (unicode error) '_' codec can't decode byte NxN in position N: inva
# fuzz-seed: 42 (mutant 25104 of corpus/tokens/encoding/utf8_default.py)
# fuzz-date: 2026-11-24
# fuzz-original-lines: 3
# features: [fuzz]
# stages: [tokens, ast, dis, run]
'√ºn√Øc√∂d√ˇ©'