//! Go source text to syntax tree: tokens, the lexer, the parser.
//!
//! The tree is [`ast`]; the lexer and parser are under construction.

pub mod ast;
