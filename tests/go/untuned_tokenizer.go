// A small tokenizer: strings.Builder, unicode classes, rune slices, %q/%U and error positions.
package main

import (
	"fmt"
	"strings"
	"unicode"
)

type Kind int

const (
	Ident Kind = iota
	Number
	Op
	Str
)

func (k Kind) String() string {
	return [...]string{"IDENT", "NUM", "OP", "STR"}[k]
}

type Token struct {
	Kind Kind
	Text string
	Pos  int
}

func tokenize(src string) ([]Token, error) {
	var toks []Token
	rs := []rune(src)
	for i := 0; i < len(rs); {
		r := rs[i]
		switch {
		case unicode.IsSpace(r):
			i++
		case unicode.IsLetter(r) || r == '_':
			var b strings.Builder
			start := i
			for i < len(rs) && (unicode.IsLetter(rs[i]) || unicode.IsDigit(rs[i]) || rs[i] == '_') {
				b.WriteRune(rs[i])
				i++
			}
			toks = append(toks, Token{Ident, b.String(), start})
		case unicode.IsDigit(r):
			start := i
			for i < len(rs) && (unicode.IsDigit(rs[i]) || rs[i] == '.') {
				i++
			}
			toks = append(toks, Token{Number, string(rs[start:i]), start})
		case r == '"':
			var b strings.Builder
			start := i
			i++
			for i < len(rs) && rs[i] != '"' {
				b.WriteRune(rs[i])
				i++
			}
			if i == len(rs) {
				return toks, fmt.Errorf("unterminated string at %d", start)
			}
			i++
			toks = append(toks, Token{Str, b.String(), start})
		case strings.ContainsRune("+-*/=<>!(){}", r):
			if i+1 < len(rs) && rs[i+1] == '=' {
				toks = append(toks, Token{Op, string(rs[i : i+2]), i})
				i += 2
			} else {
				toks = append(toks, Token{Op, string(r), i})
				i++
			}
		default:
			return toks, fmt.Errorf("unexpected %q (%U) at %d", r, r, i)
		}
	}
	return toks, nil
}

func main() {
	inputs := []string{
		`x1 := 3.14 * radius_2`,
		`if ñame != "héllo wörld" { y >= 10 }`,
		`total = a + "oops`,
		`price € 5`,
	}
	for _, in := range inputs {
		toks, err := tokenize(in)
		for _, t := range toks {
			fmt.Printf("%-5v %-14q @%d\n", t.Kind, t.Text, t.Pos)
		}
		if err != nil {
			fmt.Println("error:", err)
		}
		fmt.Println(strings.Repeat("-", 20), len(toks))
	}
	fmt.Printf("%v\n%+v\n", Token{Op, "+", 3}, Token{Str, "hi\n", 0})
}
