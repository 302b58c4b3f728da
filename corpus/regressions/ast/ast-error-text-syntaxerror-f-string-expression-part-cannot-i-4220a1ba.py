# fuzz-signature: ast:error:text:SyntaxError: f-string expression part cannot include a backslash
# fuzz-seed: 42 (mutant 22684 of corpus/syntax-errors/fstring_lambda_inside.py)
# fuzz-date: 2026-11-24
# fuzz-original-lines: 5
# features: [fuzz]
# stages: [tokens, ast, dis, run]
f'{\
'