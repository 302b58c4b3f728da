# features: [comments]
# stages: [tokens]
s = '# not a comment'  # comment
