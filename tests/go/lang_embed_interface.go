package main

import (
	"fmt"
	"strings"
)

type Writer interface{ Write(p []byte) (int, error) }

type CountingWriter struct {
	Writer
	n int
}

func (c *CountingWriter) Write(p []byte) (int, error) {
	c.n += len(p)
	return c.Writer.Write(p)
}

type Upper struct{ sb strings.Builder }

func (u *Upper) Write(p []byte) (int, error) {
	return u.sb.WriteString(strings.ToUpper(string(p)))
}

func main() {
	u := &Upper{}
	cw := &CountingWriter{Writer: u}
	fmt.Fprintf(cw, "hello %s", "world")
	fmt.Fprint(cw, "!")
	fmt.Println(u.sb.String(), cw.n)
	var empty CountingWriter
	defer func() { fmt.Println("recovered:", recover()) }()
	empty.Write([]byte("x"))
}
