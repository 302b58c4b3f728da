# fuzz-signature: ast:error:text:SyntaxError: (unicode error) '_' codec can't decode byte NxN in position N: inva
# fuzz-seed: 42 (mutant 4159 of corpus/tokens/continuation/backslash_crlf.py)
# fuzz-date: 2026-11-24
# fuzz-original-lines: 4
# features: [fuzz]
# stages: [tokens, ast, dis, run]
+\ÿ