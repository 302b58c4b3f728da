# fuzz-signature: ast:error:text:SyntaxError: invalid syntax. Perhaps you forgot a comma?
# fuzz-seed: 42 (mutant 21009 of corpus/run/errors/messages.py)
# fuzz-date: 2026-11-24
# fuzz-original-lines: 59
# features: [fuzz]
# stages: [tokens, ast, dis, run]
[l
    int]