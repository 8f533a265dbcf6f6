package main

import "fmt"

type T int

func (t T) String() string { return fmt.Sprintf("T(%d)", int(t)) }

func main() {
	var a T = 1
	fmt.Println(a)
	{
		type T string
		var b T = "inner"
		fmt.Printf("%v %T\n", b, b)
	}
	type local struct{ n int }
	l := local{3}
	fmt.Printf("%v %+v %T\n", l, l, l)
	f := func() any {
		type hidden struct{ s string }
		return hidden{"h"}
	}
	fmt.Printf("%v %T\n", f(), f())
	var int = 5
	fmt.Println(int)
}
