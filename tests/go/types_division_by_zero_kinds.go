package main

import "fmt"

func main() {
	x := 10
	fmt.Println(x / 0)
	f := 1.5
	fmt.Println(f / 0)
	fmt.Println(f / 0.0)
	fmt.Println(1.0 / 0)
	fmt.Println(x % 0)
	const z = 0
	fmt.Println(x / z)
}
