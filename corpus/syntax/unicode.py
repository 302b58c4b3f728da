# features: [unicode, identifiers]
# stages: [tokens, ast, dis]
café = "naïve"
変数 = '日本語' + "😀"
x = f"{café}—{変数!r}"
