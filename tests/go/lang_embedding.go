package main

import "fmt"

type Animal struct {
	Name string
}

func (a Animal) Speak() string    { return a.Name + " makes a sound" }
func (a *Animal) Rename(n string) { a.Name = n }

type Dog struct {
	Animal
	Breed string
}

func (d Dog) Speak() string { return d.Name + " barks" }

type Puppy struct {
	*Dog
	Age int
}

type Logger struct{ prefix string }

func (l Logger) Log(s string) { fmt.Println(l.prefix + s) }

type Service struct {
	Logger
	name string
}

func main() {
	d := Dog{Animal{"Rex"}, "lab"}
	fmt.Println(d.Speak(), "|", d.Animal.Speak())
	d.Rename("Max")
	fmt.Println(d.Name, d.Animal.Name)
	p := Puppy{&d, 1}
	fmt.Println(p.Speak(), p.Name)
	p.Rename("Tiny")
	fmt.Println(d.Name)
	s := Service{Logger{"[svc] "}, "a"}
	s.Log("started")
	fmt.Printf("%+v\n", d)
	type Speaker interface{ Speak() string }
	var sp Speaker = d
	fmt.Println(sp.Speak())
	sp = d.Animal
	fmt.Println(sp.Speak())
}
