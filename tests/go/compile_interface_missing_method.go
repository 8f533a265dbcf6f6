package main

import (
	"fmt"
	"io"
)

type Animal interface {
	Sound() string
	Legs() int
}

type Dog struct{}

func (Dog) Sound() string { return "woof" }

type Snake struct{}

func (s Snake) Sound() string { return "hiss" }
func (s Snake) Legs() string  { return "none" }

type myWriter struct{}

func (w *myWriter) Write(p []byte) (int, error) { return len(p), nil }

func main() {
	animals := []Animal{Dog{}, Snake{}}
	var w io.Writer = myWriter{}
	fmt.Println(animals, w)
}
