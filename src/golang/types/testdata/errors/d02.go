package main

import "fmt"

func main() {
	goto L
	x := 1
L:
	fmt.Println(x)
	{
	M:
	}
	goto M
}
