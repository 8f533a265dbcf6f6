package main

import "fmt"

type T struct {
	A int
	B string
}

func main() {
	fmt.Println("hello", 42, 2.5, true, nil)
	fmt.Printf("%d %5.2f %q %v %+v\n", 7, 3.14159, "hi", T{1, "x"}, T{2, "y"})
	m := map[string]int{"b": 2, "a": 1}
	fmt.Println(m, []int{1, 2, 3}, &T{3, "z"})
}
