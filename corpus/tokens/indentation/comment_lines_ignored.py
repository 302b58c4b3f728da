# features: [indentation]
# stages: [tokens]
if x:
        # deep comment
  # shallow comment
    a
