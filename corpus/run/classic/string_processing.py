# features: [classic, str, palindromes, caesar]
# stages: [run]
def is_palindrome(s):
    cleaned = "".join(c.lower() for c in s if c.isalnum())
    return cleaned == cleaned[::-1]
def caesar(s, k):
    out = []
    for c in s:
        if c.isalpha():
            base = ord("A") if c.isupper() else ord("a")
            out.append(chr((ord(c) - base + k) % 26 + base))
        else:
            out.append(c)
    return "".join(out)
def rle(s):
    if not s:
        return ""
    res, prev, n = [], s[0], 1
    for c in s[1:]:
        if c == prev:
            n += 1
        else:
            res.append(f"{n}{prev}")
            prev, n = c, 1
    res.append(f"{n}{prev}")
    return "".join(res)
for s in ["A man, a plan, a canal: Panama", "hello", "No 'x' in Nixon"]:
    print(repr(s), is_palindrome(s))
msg = caesar("Hello, World!", 3)
print(msg, caesar(msg, -3), rle("aaabccddddde"), rle(""))
print(" ".join(w.capitalize() for w in "the quick brown fox".split()), "-".join(reversed("a b c".split())))
print(sorted("the quick brown fox".split(), key=lambda w: (len(w), w)), "quick".center(11, "~"))
