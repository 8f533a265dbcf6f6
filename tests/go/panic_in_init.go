package main

import "fmt"

var table = build()

func build() map[string]int {
	fmt.Println("building table")
	return map[string]int{"a": 1}
}

func init() {
	if table["b"] == 0 {
		panic("init: missing entry b")
	}
}

func main() {
	fmt.Println("main never runs")
}
