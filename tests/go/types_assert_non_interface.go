package main

import (
	"fmt"
	"io"
)

type T struct{}

func (T) Read(p []byte) (int, error) { return 0, nil }

func main() {
	n := 5
	s, ok := n.(string)
	var r io.Reader = T{}
	w := r.(io.Writer)
	t := r.(*T)
	v := r.(string)
	fmt.Println(s, ok, w, t, v)
}
