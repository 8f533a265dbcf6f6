package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

type tokenKind int

const (
	tNum tokenKind = iota
	tOp
	tLParen
	tRParen
)

type token struct {
	kind tokenKind
	text string
}

func tokenize(s string) ([]token, error) {
	var toks []token
	rs := []rune(s)
	for i := 0; i < len(rs); {
		r := rs[i]
		switch {
		case unicode.IsSpace(r):
			i++
		case unicode.IsDigit(r) || r == '.':
			j := i
			for j < len(rs) && (unicode.IsDigit(rs[j]) || rs[j] == '.') {
				j++
			}
			toks = append(toks, token{tNum, string(rs[i:j])})
			i = j
		case strings.ContainsRune("+-*/^", r):
			toks = append(toks, token{tOp, string(r)})
			i++
		case r == '(':
			toks = append(toks, token{tLParen, "("})
			i++
		case r == ')':
			toks = append(toks, token{tRParen, ")"})
			i++
		default:
			return nil, fmt.Errorf("unexpected %q at %d", r, i)
		}
	}
	return toks, nil
}

type parser struct {
	toks []token
	pos  int
}

var errEnd = errors.New("unexpected end of input")

func (p *parser) peek() *token {
	if p.pos < len(p.toks) {
		return &p.toks[p.pos]
	}
	return nil
}

// expr := term (('+'|'-') term)*
func (p *parser) expr() (float64, error) {
	v, err := p.term()
	for err == nil {
		t := p.peek()
		if t == nil || t.kind != tOp || (t.text != "+" && t.text != "-") {
			break
		}
		p.pos++
		var r float64
		if r, err = p.term(); err == nil {
			if t.text == "+" {
				v += r
			} else {
				v -= r
			}
		}
	}
	return v, err
}

// term := factor (('*'|'/') factor)*
func (p *parser) term() (float64, error) {
	v, err := p.factor()
	for err == nil {
		t := p.peek()
		if t == nil || t.kind != tOp || (t.text != "*" && t.text != "/") {
			break
		}
		p.pos++
		r, ferr := p.factor()
		if ferr != nil {
			return 0, ferr
		}
		if t.text == "*" {
			v *= r
		} else if r == 0 {
			return 0, errors.New("division by zero")
		} else {
			v /= r
		}
	}
	return v, err
}

func (p *parser) factor() (float64, error) {
	t := p.peek()
	if t == nil {
		return 0, errEnd
	}
	p.pos++
	switch {
	case t.kind == tNum:
		return strconv.ParseFloat(t.text, 64)
	case t.kind == tOp && t.text == "-":
		v, err := p.factor()
		return -v, err
	case t.kind == tLParen:
		v, err := p.expr()
		if err != nil {
			return 0, err
		}
		if n := p.peek(); n == nil || n.kind != tRParen {
			return 0, errors.New("missing )")
		}
		p.pos++
		return v, nil
	}
	return 0, fmt.Errorf("unexpected token %q", t.text)
}

func eval(s string) (float64, error) {
	toks, err := tokenize(s)
	if err != nil {
		return 0, err
	}
	p := &parser{toks: toks}
	v, err := p.expr()
	if err == nil && p.pos != len(toks) {
		err = fmt.Errorf("trailing input at token %d", p.pos)
	}
	return v, err
}

func main() {
	for _, in := range []string{"1 + 2 * 3", "(1 + 2) * 3", "-4 / (2 - 4)", "2 * (3 + 4) * 5 / 7", "1 / 0", "3 +", "2 $ 3", "(1 + 2", "1.5.2 + 1", "10 / 4 - 0.5", "1 2"} {
		v, err := eval(in)
		if err != nil {
			fmt.Printf("%-20s error: %v\n", in, err)
			continue
		}
		fmt.Printf("%-20s = %g\n", in, v)
	}
}
