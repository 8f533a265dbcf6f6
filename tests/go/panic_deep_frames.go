package main

import "fmt"

type Parser struct{ toks []string }

func (p *Parser) peek(i int) string { return p.toks[i] }

func (p *Parser) parse() string {
	return p.expr(0)
}

func (p *Parser) expr(i int) string {
	if i > 2 {
		return p.peek(i + 10)
	}
	return p.expr(i + 1)
}

func main() {
	p := &Parser{toks: []string{"a", "b"}}
	fmt.Println(p.parse())
}
