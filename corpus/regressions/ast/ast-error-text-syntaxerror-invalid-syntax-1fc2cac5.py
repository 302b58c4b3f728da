# fuzz-signature: ast:error:text:SyntaxError: invalid syntax
# fuzz-seed: 42 (mutant 24944 of corpus/tokens/continuation/backslash.py)
# fuzz-date: 2026-11-24
# fuzz-original-lines: 5
# features: [fuzz]
# stages: [tokens, ast, dis, run]
+\
  