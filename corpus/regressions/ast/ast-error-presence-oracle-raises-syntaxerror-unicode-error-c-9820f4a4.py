# fuzz-signature: ast:error-presence:oracle-raises:SyntaxError: (unicode error) '_' codec can't decode byte Nxff in position N: inv
# fuzz-seed: 42 (mutant 4289 of corpus/tokens/encoding/invalid_utf8_first_line.py)
# fuzz-date: 2026-11-24
# fuzz-original-lines: 4
# features: [fuzz]
'ÿ'