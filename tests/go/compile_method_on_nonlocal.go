package main

import "fmt"

func (s string) Shout() string { return s + "!" }

func (i int) Double() int { return i * 2 }

func main() {
	fmt.Println("x")
}
