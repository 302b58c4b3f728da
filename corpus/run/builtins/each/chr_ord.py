# features: [builtins, chr_ord]
# stages: [run]
print([chr(c) for c in [65, 97, 0x263a, 0x1F600, 0]], [ord(c) for c in 'aé€😀'], ascii('é€😀\n'), repr('\x00\x7f\u200b\U0001f600'))
for bad in [lambda: chr(1114112), lambda: ord('xy'), lambda: chr(1.0)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
