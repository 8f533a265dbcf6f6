package main

import "fmt"

type Animal interface {
	Sound() string
	Name() string
}

type Dog struct{}

func (d *Dog) Sound() string { return "woof" }

func main() {
	var a Animal = &Dog{}
	fmt.Println(a)
	animals := []Animal{Dog{}}
	fmt.Println(animals)
}
