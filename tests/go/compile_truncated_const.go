package main

import "fmt"

func main() {
	var i int = 2.5
	var u uint = -1
	fmt.Println(i, u)
}
