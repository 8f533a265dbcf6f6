package main

import "fmt"

type Point struct{ X int }

func main() {
	s := "abc"
	fmt.Println(s - "a")
	fmt.Println(s * 2)
	p := Point{}
	fmt.Println(p + p)
	m := map[string]int{}
	fmt.Println(m < m)
	b := true
	fmt.Println(b + b, b < b)
	var sl []int
	fmt.Println(sl + sl)
	ch := make(chan int)
	fmt.Println(ch < ch)
}
