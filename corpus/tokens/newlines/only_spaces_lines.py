# features: [newlines]
# stages: [tokens]
   
	
   
