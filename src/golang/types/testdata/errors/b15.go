package main

import "fmt"

func main() {
	const c = 10
	c++
	var arr [3]int
	arr[3] = 1
	s := arr[1:5]
	fmt.Println(s, arr[:], "abc"[1:2], len("abc"))
	var p *[3]int
	fmt.Println(p[5])
}
