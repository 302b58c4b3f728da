# fuzz-signature: ast:error:text:SyntaxError: cannot use a starred expression in a dictionary value
# fuzz-seed: 42 (mutant 6649 of corpus/syntax-errors/display_dict_starred_value.py)
# fuzz-date: 2026-11-24
# fuzz-original-lines: 5
# features: [fuzz]
# stages: [tokens, ast, dis, run]
{a:*b
}