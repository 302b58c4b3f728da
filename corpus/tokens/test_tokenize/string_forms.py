# features: [test_tokenize]
# stages: [tokens]
x = ''; y = ""
x = '"'; y = "'"
x = "doesn't \"shrink\", does it"
y = 'abc' + 'ABC'
x = r'abc' + r'ABC' + R'ABC' + R'ABC'
y = r"abc" + r"ABC" + R"ABC" + R"ABC"
