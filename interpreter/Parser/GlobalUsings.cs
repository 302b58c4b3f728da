// Ast.Attribute / Ast.Tuple share names with System types; inside the parser the AST ones are meant.
global using Attribute = Pyref.Parser.Ast.Attribute;
global using Tuple = Pyref.Parser.Ast.Tuple;
global using System.Numerics;
