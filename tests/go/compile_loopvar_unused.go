package main

import "fmt"

func main() {
	for i, v := range []int{1, 2} {
		fmt.Println(v)
	}
}
