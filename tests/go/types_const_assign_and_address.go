package main

import "fmt"

const limit = 10

func get() int { return 1 }

func main() {
	limit = 20
	p := &limit
	q := &get()
	r := &10
	limit++
	fmt.Println(p, q, r)
}
