# fuzz-signature: ast:error:text:SyntaxError: expected '_'
# fuzz-seed: 42 (mutant 18099 of corpus/syntax-errors/match_case_no_colon.py)
# fuzz-date: 2026-11-24
# fuzz-original-lines: 7
# features: [fuzz]
# stages: [tokens, ast, dis, run]
match x:
    case\
 1