package main

import "fmt"

func main() {
	const huge = 1e400
	fmt.Println(huge / 1e399)
	x := float64(1e400)
	var small float64 = 1e-400
	fmt.Println(x, small)
}
