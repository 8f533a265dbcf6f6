package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Println("cleanup then re-panic")
		panic(r)
	}()
	var m map[int]int
	m[1] = 2
}
