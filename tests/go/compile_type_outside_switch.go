package main

import "fmt"

func main() {
	var x interface{} = 1
	t := x.(type)
	fmt.Println(t)
}
