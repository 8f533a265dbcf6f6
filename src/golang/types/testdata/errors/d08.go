package main

import "fmt"

func main() {
	var f float64 = 1.5
	var i int = int(f)
	n := 10
	fmt.Println(i % 2.5, f % 2, n / 0.0, 1 / 0)
}
