package main

import (
	"errors"
	"fmt"
)

var x = "package"

func get() (int, error) { return 1, errors.New("oops") }

func main() {
	fmt.Println(x)
	x := "function"
	fmt.Println(x)
	{
		x := "block"
		fmt.Println(x)
	}
	fmt.Println(x)
	if x := 5; x > 3 {
		fmt.Println("if scope", x)
	} else {
		fmt.Println("else scope", x)
	}
	var err error
	if true {
		n, err := get()
		fmt.Println("inner", n, err)
	}
	fmt.Println("outer err", err)
	for x := 0; x < 2; x++ {
		x := x * 10
		fmt.Println("loop", x)
	}
	fmt.Println(len("len"), func() string { len := 3; return fmt.Sprint(len) }())
	true := false
	fmt.Println(true)
}
