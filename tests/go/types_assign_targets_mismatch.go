package main

import "fmt"

func three() (int, int, int) { return 1, 2, 3 }
func none()                  {}

type P struct{ X int }

func get() P { return P{} }

func main() {
	var a, b int
	a, b = three()
	c := none()
	const k = 1
	k = 2
	get().X = 3
	"abc"[0] = 'x'
	m := map[string]P{}
	m["a"].X = 1
	len("x") = 1
	fmt.Println(a, b, c)
	a, b = 1
	a, b = 1, 2, 3
	var d, e = three()
	fmt.Println(d, e)
}
