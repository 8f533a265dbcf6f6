//! Tokens as the lexer hands them to the parser, with the names Go's compiler uses for them
//! in syntax errors (`name x`, `literal 1`, `keyword func`, `comma`, `newline`...).

use super::ast::{BinOp, Pos};

/// A token kind (Go's `cmd/compile/internal/syntax` token set).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Tok {
    EOF,
    Name,
    Literal,
    /// A binary or unary operator other than `*` ([`Token::op`] says which).
    Operator,
    /// `op=` such as `+=`.
    AssignOp,
    /// `++` or `--`.
    IncOp,
    Assign,
    Define,
    Arrow,
    Star,
    Lparen,
    Lbrack,
    Lbrace,
    Rparen,
    Rbrack,
    Rbrace,
    Comma,
    /// `;`, or a newline or EOF turned into one ([`Token::lit`] says which).
    Semi,
    Colon,
    Dot,
    DotDotDot,
    Break,
    Case,
    Chan,
    Const,
    Continue,
    Default,
    Defer,
    Else,
    Fallthrough,
    For,
    Func,
    Go,
    Goto,
    If,
    Import,
    Interface,
    Map,
    Package,
    Range,
    Return,
    Select,
    Struct,
    Switch,
    Type,
    Var,
}

/// The keywords, in [`Tok`] order.
pub const KEYWORDS: [(&str, Tok); 25] = [
    ("break", Tok::Break),
    ("case", Tok::Case),
    ("chan", Tok::Chan),
    ("const", Tok::Const),
    ("continue", Tok::Continue),
    ("default", Tok::Default),
    ("defer", Tok::Defer),
    ("else", Tok::Else),
    ("fallthrough", Tok::Fallthrough),
    ("for", Tok::For),
    ("func", Tok::Func),
    ("go", Tok::Go),
    ("goto", Tok::Goto),
    ("if", Tok::If),
    ("import", Tok::Import),
    ("interface", Tok::Interface),
    ("map", Tok::Map),
    ("package", Tok::Package),
    ("range", Tok::Range),
    ("return", Tok::Return),
    ("select", Tok::Select),
    ("struct", Tok::Struct),
    ("switch", Tok::Switch),
    ("type", Tok::Type),
    ("var", Tok::Var),
];

impl Tok {
    /// The keyword spelled `s`, if it is one.
    pub fn keyword(s: &str) -> Option<Tok> {
        if s.len() < 2 || !s.as_bytes()[0].is_ascii_lowercase() {
            return None;
        }
        KEYWORDS.iter().find(|(k, _)| *k == s).map(|&(_, t)| t)
    }

    pub fn is_keyword(self) -> bool {
        self >= Tok::Break
    }

    /// Go's `Token.String()`.
    pub fn text(self) -> &'static str {
        match self {
            Tok::EOF => "EOF",
            Tok::Name => "name",
            Tok::Literal => "literal",
            Tok::Operator => "op",
            Tok::AssignOp => "op=",
            Tok::IncOp => "opop",
            Tok::Assign => "=",
            Tok::Define => ":=",
            Tok::Arrow => "<-",
            Tok::Star => "*",
            Tok::Lparen => "(",
            Tok::Lbrack => "[",
            Tok::Lbrace => "{",
            Tok::Rparen => ")",
            Tok::Rbrack => "]",
            Tok::Rbrace => "}",
            Tok::Comma => ",",
            Tok::Semi => ";",
            Tok::Colon => ":",
            Tok::Dot => ".",
            Tok::DotDotDot => "...",
            kw => KEYWORDS[kw as usize - Tok::Break as usize].0,
        }
    }

    /// Go's `tokstring`: how a syntax error names a token kind.
    pub fn describe(self) -> String {
        match self {
            Tok::Comma => "comma".into(),
            Tok::Semi => "semicolon or newline".into(),
            t if t.is_keyword() => format!("keyword {}", t.text()),
            t => t.text().into(),
        }
    }
}

/// An operator (Go's `Operator`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Op {
    None,
    /// The `:` of `:=`.
    Def,
    Not,
    Recv,
    Tilde,
    OrOr,
    AndAnd,
    Eql,
    Neq,
    Lss,
    Leq,
    Gtr,
    Geq,
    Add,
    Sub,
    Or,
    Xor,
    Mul,
    Div,
    Rem,
    And,
    AndNot,
    Shl,
    Shr,
}

impl Op {
    pub fn text(self) -> &'static str {
        match self {
            Op::None => "",
            Op::Def => ":",
            Op::Not => "!",
            Op::Recv => "<-",
            Op::Tilde => "~",
            Op::OrOr => "||",
            Op::AndAnd => "&&",
            Op::Eql => "==",
            Op::Neq => "!=",
            Op::Lss => "<",
            Op::Leq => "<=",
            Op::Gtr => ">",
            Op::Geq => ">=",
            Op::Add => "+",
            Op::Sub => "-",
            Op::Or => "|",
            Op::Xor => "^",
            Op::Mul => "*",
            Op::Div => "/",
            Op::Rem => "%",
            Op::And => "&",
            Op::AndNot => "&^",
            Op::Shl => "<<",
            Op::Shr => ">>",
        }
    }

    /// The syntax tree's binary operator for this one, if it is binary.
    pub fn binop(self) -> Option<BinOp> {
        Some(match self {
            Op::OrOr => BinOp::LogOr,
            Op::AndAnd => BinOp::LogAnd,
            Op::Eql => BinOp::Eq,
            Op::Neq => BinOp::Ne,
            Op::Lss => BinOp::Lt,
            Op::Leq => BinOp::Le,
            Op::Gtr => BinOp::Gt,
            Op::Geq => BinOp::Ge,
            Op::Add => BinOp::Add,
            Op::Sub => BinOp::Sub,
            Op::Or => BinOp::Or,
            Op::Xor => BinOp::Xor,
            Op::Mul => BinOp::Mul,
            Op::Div => BinOp::Div,
            Op::Rem => BinOp::Rem,
            Op::And => BinOp::And,
            Op::AndNot => BinOp::AndNot,
            Op::Shl => BinOp::Shl,
            Op::Shr => BinOp::Shr,
            _ => return None,
        })
    }
}

/// Binary operator precedences (Go's `precOrOr`...`precMul`).
pub const PREC_OROR: u8 = 1;
pub const PREC_ANDAND: u8 = 2;
pub const PREC_CMP: u8 = 3;
pub const PREC_ADD: u8 = 4;
pub const PREC_MUL: u8 = 5;

/// One token: its kind, where it starts, and its text or operator.
#[derive(Clone, Copy, Debug)]
pub struct Token<'a> {
    pub tok: Tok,
    pub pos: Pos,
    /// The text of a name or literal; for [`Tok::Semi`], `semicolon`, `newline` or `EOF`.
    pub lit: &'a str,
    /// A literal's kind.
    pub kind: super::ast::LitKind,
    /// Whether a literal was malformed (the lexer reported it).
    pub bad: bool,
    /// The operator of `Operator`, `Star`, `AssignOp` and `IncOp` tokens.
    pub op: Op,
    pub prec: u8,
}

impl<'a> Token<'a> {
    /// How a syntax error names this token (`name x`, `literal 1`, `newline`, `+=`...).
    pub fn describe(&self) -> String {
        match self.tok {
            Tok::Name => format!("name {}", self.lit),
            Tok::Semi => self.lit.to_string(),
            Tok::Literal => format!("literal {}", self.lit),
            Tok::Operator => self.op.text().to_string(),
            Tok::AssignOp => format!("{}=", self.op.text()),
            Tok::IncOp => format!("{0}{0}", self.op.text()),
            t => t.describe(),
        }
    }
}
