package main

import "fmt"

type S struct{ x []int }

func main() {
	a, b := S{}, S{}
	fmt.Println(a == b)
	fmt.Println(1 < "a")
	var e error
	fmt.Println(e < e)
}
