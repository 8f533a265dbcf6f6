package main

import "fmt"

var arr [4]int

const n = len(arr)
const m = len("héllo")
const c = cap([3]string{})

type Grid [n][m]bool

func main() {
	var g Grid
	fmt.Println(n, m, c, len(g), len(g[0]))
	p := &arr
	const k = len(p)
	fmt.Println(k, len([10]int{}))
}
