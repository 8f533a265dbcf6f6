package main

import "fmt"

type P struct{ X int }

func main() {
	n := 5
	fmt.Println(n[0])
	p := P{1}
	fmt.Println(p[0])
	m := map[string]int{}
	fmt.Println(m[1])
	var ptr *[]int
	fmt.Println(ptr[0])
	f := 1.5
	fmt.Println("abc"[f])
}
