# features: [test_tokenize]
# stages: [tokens]
0xff <= 255
0b10 <= 255
0o123 <= 0O123
1234567 > ~0x15
2134568 != 1231515
(-124561-1) & 200000000
0xdeadbeef != -1
0xdeadc0de & 12345
0xFF & 0x15 | 1234
