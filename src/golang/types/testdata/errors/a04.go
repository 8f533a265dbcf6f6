package main

import "fmt"

func main() {
	for i := 0; i < 3; i++ {
	}
	break
	continue
	fmt.Println()
	goto L
}
