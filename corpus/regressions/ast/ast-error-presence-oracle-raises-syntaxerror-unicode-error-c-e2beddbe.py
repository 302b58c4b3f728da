# fuzz-signature: ast:error-presence:oracle-raises:SyntaxError: (unicode error) '_' codec can't decode byte NxN in position N: unex
# fuzz-seed: 42 (mutant 14694 of corpus/tokens/encoding/invalid_utf8_later_line.py)
# fuzz-date: 2026-11-24
# fuzz-original-lines: 5
# features: [fuzz]
# stages: [tokens, ast, dis, run]
'é'