# features: [strings]
# stages: [tokens]
'''abc''' """d'e"f""" ''''a''' """"""
