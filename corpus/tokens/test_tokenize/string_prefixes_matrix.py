# features: [test_tokenize]
# stages: [tokens]
'' b'' B'' br'' bR'' Br'' BR'' rb'' rB'' Rb'' RB'' r'' R'' u'' U'' f'' F'' fr'' fR'' Fr'' FR'' rf'' rF'' Rf'' RF''
