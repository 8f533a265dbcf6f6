package main

import "fmt"

func main() {
	var a [4]int
	idx := -1
	for i := range 3 {
		idx += i
	}
	fmt.Println("idx", idx)
	a[idx*2] = 1
	fmt.Println(a)
}
