package main

import "fmt"

type Node struct {
	val  int
	next Node
}

var a = b + 1
var b = a * 2

func main() {
	fmt.Println(Node{}, a, b)
}
