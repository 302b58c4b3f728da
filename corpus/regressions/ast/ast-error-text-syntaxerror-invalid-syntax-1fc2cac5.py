# fuzz-signature: ast:error:text:SyntaxError: invalid syntax
# fuzz-seed: 42 (mutant 4179 of corpus/tokens/continuation/backslash_keeps_dedent_pending.py)
# fuzz-date: 2026-11-24
# fuzz-original-lines: 7
# features: [fuzz]
+\

