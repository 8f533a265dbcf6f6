package main

import (
	"fmt"
	"io"
)

type A interface{ M() int }
type B interface{ M() string }

type AB interface {
	A
	B
}

type RC interface {
	io.Reader
	io.ReadCloser
	Close() error
}

type X interface {
	M() int
	A
}

func main() {
	var rc RC
	var x X
	fmt.Println(rc, x)
}
