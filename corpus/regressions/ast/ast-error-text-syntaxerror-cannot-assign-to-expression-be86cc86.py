# fuzz-signature: ast:error:text:SyntaxError: cannot assign to expression
# fuzz-seed: 42 (mutant 27144 of corpus/syntax-errors/comp_target_unary.py)
# fuzz-date: 2026-11-24
# fuzz-original-lines: 5
# features: [fuzz]
# stages: [tokens, ast, dis, run]
[1for-a 
 ]