package main

import "fmt"

type Animal interface{ Speak() string }

type Dog struct{}

func (Dog) Speak() string { return "woof" }

func (Dog) Speak2(x int) {}

func main() {
	var a Animal = Dog{}
	d := a.(Dog)
	fmt.Println(d.Speak(1), d.Speak2())
	var n int = d.Speak()
	fmt.Println(n)
}
