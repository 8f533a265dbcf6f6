package main

import (
	"fmt"
	"io"
)

type R struct{}

func (R) Read(p []byte) (int, error) { return 0, io.EOF }

func main() {
	var x any = R{}
	r := x.(io.Reader)
	fmt.Println(r != nil)
	w := x.(io.Writer)
	fmt.Println(w)
}
