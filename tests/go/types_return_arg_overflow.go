package main

import "fmt"

func small() int8 { return 200 }

func take(b byte) {}

func pair() (uint, string) { return -1, "x" }

func main() {
	take(300)
	take('é')
	fmt.Println(small())
	fmt.Println(pair())
}
