# features: [re, unicode]
# stages: [run]
# re's Unicode \w and \d are str.isalnum()/isdecimal() of Unicode 14.0 (a Kawi letter, 15.0, is \W in 3.11)
import re
s = "naïve café ① ½ ٣ 𑼄x 日本 _a١"
print(re.findall(r"\w+", s), re.findall(r"\d", s), re.findall(r"\W", s))
print([c for c in s if c.isalnum()], [c for c in s if c.isdecimal()])
