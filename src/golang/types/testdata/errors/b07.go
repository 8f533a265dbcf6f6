package main

import "fmt"

func main() {
L:
	for {
		break L
	}
	for {
		continue M
	}
	goto N
	fmt.Println()
}
