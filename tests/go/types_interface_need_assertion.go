package main

import "fmt"

type I interface{ M() }
type E interface{}

func f[T any](x T) {
	var n int = x
	_ = n
}

func main() {
	var i interface{} = "x"
	var n int = i
	var a any = 1
	var m int = a
	var e E = 2
	var k int = e
	var ii I
	var z int = ii
	var s fmt.Stringer
	var q int = s
	fmt.Println(n, m, k, z, q)
}
