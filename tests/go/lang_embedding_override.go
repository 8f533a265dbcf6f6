package main

import (
	"fmt"
	"strings"
)

type Logger interface {
	Log(msg string)
}

type Namer interface {
	Name() string
}

type NamedLogger interface {
	Logger
	Namer
}

type base struct {
	name  string
	lines []string
}

func (b *base) Log(msg string) { b.lines = append(b.lines, b.Name()+": "+msg) }
func (b *base) Name() string   { return b.name }
func (b *base) Dump() string   { return strings.Join(b.lines, "; ") }

type service struct {
	*base
	port int
}

// Name shadows base.Name, but base.Log still calls base.Name: no virtual dispatch.
func (s service) Name() string { return fmt.Sprintf("%s:%d", s.base.Name(), s.port) }

type counter struct {
	base
	n int
}

func (c *counter) Log(msg string) {
	c.n++
	c.base.Log(fmt.Sprintf("#%d %s", c.n, msg))
}

type quiet struct{ Logger }

func describe(nl NamedLogger) string {
	nl.Log("described")
	return nl.Name()
}

func main() {
	s := service{base: &base{name: "api"}, port: 8080}
	s.Log("start")
	fmt.Println(describe(s))
	fmt.Println(s.Dump())

	c := &counter{base: base{name: "ctr"}}
	c.Log("a")
	c.Log("b")
	fmt.Println(describe(c), c.n)
	fmt.Println(c.Dump())

	var l Logger = c
	if n, ok := l.(Namer); ok {
		fmt.Println("logger is also a namer:", n.Name())
	}
	q := quiet{Logger: c}
	q.Log("through quiet")
	fmt.Println(c.n, len(c.lines))
	_, isNamer := interface{}(q).(Namer)
	fmt.Println("quiet is namer:", isNamer)

	var empty quiet
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	empty.Log("boom")
}
