package main

import "fmt"

type Reader interface {
	Read() string
	Read() int
}

type Num interface{ int | float64 }

type Both interface {
	fmt.Stringer
	String() int
}

func main() {
	var n Num
	var x interface{ int }
	fmt.Println(n, x)
}
