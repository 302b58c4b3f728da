# fuzz-signature: ast:error:offset:SyntaxError: (unicode error) '_' codec can't decode byte NxN in position N: inva
# fuzz-seed: 42 (mutant 9404 of corpus/tokens/encoding/bom_only.py)
# fuzz-date: 2026-11-24
# fuzz-original-lines: 1
# features: [fuzz]
# stages: [tokens, ast, dis, run]
ï»¿»¿