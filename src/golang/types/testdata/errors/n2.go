package main

import "fmt"

type Animal struct{ Name string }

func (a Animal) Speak() string { return a.Name + " speaks" }

type Dog struct {
	Animal
	Breed string
}

type Cat struct {
	*Animal
}

func describe(s interface{ Speak() string }) { fmt.Println(s.Speak()) }

func main() {
	d := Dog{Animal{"rex"}, "lab"}
	describe(d)
	describe(&d)
	c := Cat{&Animal{"tom"}}
	describe(c)
	fmt.Println(d.Name, d.Animal.Name, c.Name, d.breed)
	var a Animal = d
	fmt.Println(a)
}
